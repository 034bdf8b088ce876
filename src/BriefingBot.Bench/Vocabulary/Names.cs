namespace BriefingBot.Bench.Vocabulary;

/// <summary>Invented names: none of them is meant to be a real person, company or place.</summary>
internal static class Names
{
    public static readonly string[] FemaleFirst =
    [
        "Alina", "Brigitte", "Carmen", "Dalia", "Elena", "Farah", "Greta", "Hana", "Ingrid", "Jolene", "Kira", "Liora",
        "Marisol", "Nadia", "Odile", "Petra", "Quinn", "Rosalind", "Sofía", "Tamsin", "Ulla", "Vera", "Wren", "Ximena",
        "Yara", "Zoë", "Amara", "Beatriz", "Celeste", "Delphine",
    ];

    public static readonly string[] MaleFirst =
    [
        "Anton", "Bertrand", "Cyril", "Dorian", "Emil", "Fabian", "Gideon", "Hector", "Ivo", "Joaquín", "Kasimir", "Lorcan",
        "Matteo", "Nikolai", "Osric", "Pavel", "Rafferty", "Silvio", "Tobias", "Ulrich", "Valentin", "Wendell", "Yusuf",
        "Zoltan", "Aurelio", "Barnaby", "Casimir", "Desmond", "Evander", "Florian",
    ];

    public static readonly string[] Surnames =
    [
        "Varga", "Okonkwo", "Lindqvist", "Moreau", "Castellanos", "Halloran", "Petrescu", "Nakagawa", "Brennholt", "Quesada",
        "Adeyemi", "Vasquez-Orr", "Tamberlane", "Korhonen", "Delacroix-Hart", "Mbeki-Rowe", "Strand", "Ferreira", "Oyelaran",
        "Whitcombe", "Rautio", "Szabo", "Ellingsen", "Marchetti", "Abernathy", "Kowalczyk", "Duarte", "Fenwick", "Haddad",
        "Ilves", "Jaramillo", "Kessler", "Lombardi", "Mwangi", "Novak", "Ortega-Lind", "Pryce", "Renwick", "Sorensen",
        "Thibault", "Ustinov", "Valcourt", "Winslow", "Yilmaz", "Zamora", "Achterberg", "Blackwood", "Carrow", "Dunmore",
        "Esterhazy", "Farrukh", "Galloway", "Holmquist", "Ibarra", "Jessup", "Kincaid", "Larkspur", "Montague", "Nyberg",
        "Orlov", "Pemberton", "Quint", "Rasmussen", "Salgado", "Trevanian", "Underhill", "Vantongeren", "Wetherby",
        "Xavier", "Yates", "Zubiri", "Álvarez-Crane", "Brauer", "Cederlund", "Dragomir", "Eastwick", "Fairbanks",
    ];

    public static readonly string[] Countries =
    [
        "Meridia", "Valdoria", "the Kestrel Isles", "Norhaven", "Castamar", "Ostravia", "Pelagonia", "Tarsis",
        "Lunessa", "Brevania", "Corvath", "Saldenia",
    ];

    public static readonly string[] Demonyms =
    [
        "Meridian", "Valdorian", "Kestrel", "Norhavener", "Castamaran", "Ostravian", "Pelagonian", "Tarsian",
        "Lunessan", "Brevanian", "Corvathi", "Saldenian",
    ];

    public static readonly string[] Cities =
    [
        "Calderport", "Aventa", "Sarrow", "Velmora", "Brightwater", "Tamsin Falls", "Oberhall", "Ruskin Point",
        "Marrowgate", "Halden Cross", "Port Ellery", "Saint Brannoc", "Quillon", "Drummore", "Estevan Bay", "Kilvara",
        "Lowmarsh", "New Tessaly", "Orrin", "Pallisade",
    ];

    public static readonly string[] Outlets =
    [
        "The Calderport Herald", "Meridia Today", "Valdoria Daily Ledger", "Kestrel News Service", "The Norhaven Courier",
        "Castamar Business Review", "Ostravia Wire", "Pelagonia Post", "The Tarsis Observer", "Lunessa Evening Star",
    ];

    public static readonly string[] OutletDomains =
    [
        "calderportherald.example", "meridiatoday.example", "ledger.valdoria.example", "kns.example", "norhavencourier.example",
        "cbr.castamar.example", "wire.ostravia.example", "pelagoniapost.example", "tarsisobserver.example", "eveningstar.example",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] ShortMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
}
