namespace BriefingBot.Core.Migration;

public enum MigrationStage
{
    Articles,
    Subscriptions,
    Deliveries,
}
