namespace BriefingBot.Composition;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
