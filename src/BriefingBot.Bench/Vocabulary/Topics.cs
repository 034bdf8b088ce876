namespace BriefingBot.Bench.Vocabulary;

/// <summary>The invented news world. Organisations recur across topics so searches overlap.</summary>
internal static class Topics
{
    private const string Halvern = "Halvern Motors";
    private const string Orvane = "Orvane Aerospace";
    private const string Castellan = "Castellan Bank";
    private const string CentralBank = "the Meridian Central Bank";
    private const string Exchange = "the Aventa Stock Exchange";
    private const string Kestrel = "Kestrel Airways";
    private const string Ironvale = "Ironvale Steel";
    private const string Union = "the Meridian Workers' Union";
    private const string Quorra = "Quorra Systems";
    private const string Tessaly = "Tessaly Pharmaceuticals";
    private const string Health = "the Coastal Health Agency";
    private const string Northgate = "Northgate Mining";
    private const string Energy = "the Meridian Energy Authority";
    private const string Brightline = "Brightline Rail";
    private const string Pelham = "Pelham University";
    private const string Parliament = "the Valdorian Parliament";
    private const string Commission = "the Electoral Commission";
    private const string Solenne = "Solenne Foods";

    public static readonly Topic[] All =
    [
        new("tariffs", ["steel tariffs", "import duties", "the trade agreement", "export quotas", "the customs union"],
            ["imposed new", "suspended", "renegotiated", "challenged", "extended"], [Ironvale, Halvern, Parliament, Solenne],
            ["exporters", "steelworkers", "farmers", "small manufacturers"]),
        new("aircraft", ["aircraft deliveries", "the new wide-body jet", "the engine recall", "the production line", "cockpit software"],
            ["delayed", "accelerated", "grounded", "certified", "halted"], [Orvane, Kestrel, Quorra],
            ["airlines", "passengers", "suppliers", "pilots"]),
        new("interest rates", ["interest rates", "the benchmark rate", "bond purchases", "inflation", "the currency"],
            ["raised", "cut", "held", "defended", "reviewed"], [CentralBank, Castellan, Exchange],
            ["borrowers", "savers", "homeowners", "pension funds"]),
        new("stock market", ["share prices", "the main index", "trading volumes", "the bond market", "technology stocks"],
            ["lifted", "dragged down", "rattled", "buoyed", "weighed on"], [Exchange, Castellan, Quorra, Halvern],
            ["investors", "traders", "pension funds", "retail investors"]),
        new("electric cars", ["electric vehicles", "the battery plant", "charging stations", "the car subsidy", "battery prices"],
            ["expanded", "scrapped", "announced", "subsidised", "delayed"], [Halvern, Energy, Northgate],
            ["drivers", "car dealers", "autoworkers", "commuters"]),
        new("strike", ["the strike", "the wage deal", "overtime rules", "the picket lines", "pension contributions"],
            ["called off", "extended", "rejected", "approved", "mediated"], [Union, Brightline, Halvern, Ironvale],
            ["workers", "commuters", "union members", "employers"]),
        new("election", ["the election", "the vote count", "the coalition talks", "the campaign", "postal ballots"],
            ["postponed", "certified", "disputed", "won", "called"], [Commission, Parliament],
            ["voters", "candidates", "opposition parties", "election observers"]),
        new("drought", ["the drought", "water rationing", "crop losses", "the reservoir levels", "irrigation rules"],
            ["worsened", "eased", "declared", "imposed", "lifted"], [Energy, Solenne, Health],
            ["farmers", "households", "fishermen", "rural towns"]),
        new("vaccine", ["the vaccine", "the clinical trial", "drug prices", "the outbreak", "hospital capacity"],
            ["approved", "paused", "expanded", "reported", "funded"], [Tessaly, Health, Pelham],
            ["patients", "nurses", "hospitals", "the elderly"]),
        new("mining", ["the copper mine", "lithium exports", "mining royalties", "the tailings dam", "the mining licence"],
            ["suspended", "approved", "expanded", "revoked", "inspected"], [Northgate, Energy, Ironvale],
            ["indigenous communities", "miners", "local councils", "environmental groups"]),
        new("railway", ["the high-speed line", "rail fares", "the signalling upgrade", "the derailment", "night trains"],
            ["opened", "delayed", "raised", "investigated", "cancelled"], [Brightline, Parliament, Union],
            ["commuters", "rail workers", "tourists", "freight companies"]),
        new("data breach", ["the data breach", "customer records", "the ransomware attack", "the privacy law", "cloud servers"],
            ["disclosed", "contained", "investigated", "fined", "patched"], [Quorra, Castellan, Kestrel, Health],
            ["customers", "account holders", "regulators", "hospitals"]),
        new("energy prices", ["electricity prices", "the gas pipeline", "the wind farm", "fuel subsidies", "the power grid"],
            ["capped", "raised", "commissioned", "blocked", "restored"], [Energy, Northgate, Parliament],
            ["households", "factories", "pensioners", "farmers"]),
        new("housing", ["house prices", "the rent freeze", "mortgage lending", "the building permits", "social housing"],
            ["froze", "tightened", "relaxed", "approved", "extended"], [Castellan, CentralBank, Parliament],
            ["renters", "first-time buyers", "landlords", "builders"]),
        new("university", ["tuition fees", "research funding", "the campus expansion", "student visas", "the admissions review"],
            ["raised", "cut", "approved", "frozen", "reviewed"], [Pelham, Parliament, Tessaly],
            ["students", "researchers", "lecturers", "parents"]),
        new("food prices", ["food prices", "grain imports", "the bread subsidy", "supermarket margins", "fertiliser costs"],
            ["capped", "investigated", "raised", "cut", "subsidised"], [Solenne, Parliament, CentralBank],
            ["shoppers", "bakers", "farmers", "low-income families"]),
    ];
}
