using System.Collections.Frozen;

namespace BriefingBot.Nlp.Entities;

/// <summary>Closed word classes the rule-based recognizer relies on (general English, nothing from a data set).</summary>
internal static class Lexicon
{
    private static FrozenSet<string> Set(string words, StringComparer? comparer = null) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(comparer ?? StringComparer.Ordinal);

    /// <summary>Capitalized words that start sentences or headings without naming anything.</summary>
    public static readonly FrozenSet<string> NotNames = Set("""
        The A An In On At By For From With Without Of To Into Over Under After Before During Since Until Upon About Above Below
        And But Or Nor So Yet If When While Where Whereas Why How What Which Who Whom Whose Although Though Because As Once Unless
        He She It They We I You Me Him Her Them Us His Hers Its Their Our Your My This That These Those There Here Then Now
        Some Many Most All Any Each Every Both Either Neither Other Another Such Several Few More Less No Not None One Two Three
        Four Five Six Seven Eight Nine Ten First Second Third Last Next Also Even Still Just Only However Meanwhile Instead
        Indeed Moreover Furthermore Yes Oh OK Okay Well Please Thank Thanks Today Tomorrow Yesterday Tonight Mr Mrs Ms
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
        October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Spring Summer Fall Autumn Winter
        According Asked Speaking Responding Despite Like Unlike Among Between Through Throughout Against Toward Towards
        Do Does Did Don Is Are Was Were Be Been Being Has Have Had Will Would Can Could Should Shall May Might Must Let Let's
        Many Much Very Too Almost Perhaps Maybe Often Sometimes Never Always Already Again Soon Later Earlier Recently
        Photo Video Watch Read Click Tap Note Update Editor Related Subscribe Advertisement Source Sources Image File
        """);

    /// <summary>Titles and roles written before a name ("Colombian President Petro", "Sen. Jane Doe").</summary>
    public static readonly FrozenSet<string> Titles = Set("""
        President Vice Prime Minister Secretary Senator Sen Rep Representative Gov Governor Mayor Premier Chancellor King
        Queen Prince Princess Pope Judge Justice Chief Commissioner Director Chairman Chairwoman Chair Chairperson CEO CFO COO
        Mr Mrs Ms Mx Dr Prof Professor General Gen Col Colonel Lt Lieutenant Sgt Sergeant Capt Captain Major Maj Officer
        Const Constable Cst Detective Det Inspector Insp Superintendent Supt Ambassador Councillor Councilor Coun Deputy
        Leader Bishop Rev Reverend Father Sister Rabbi Imam Coach Attorney Treasurer Spokesperson Spokesman Spokeswoman
        Emperor Sheikh Cardinal Archbishop Admiral Adm Commander Cmdr Marshal Sir Dame Lord Lady MP MPP MLA MNA Sheriff
        Dean Provost Chancellor Founder Co-founder Manager Executive Economist Analyst Dr. Justice Magistrate Alderman
        """);

    /// <summary>Words that make a capitalized sequence an organization ("Department of Justice", "Acme Inc").</summary>
    public static readonly FrozenSet<string> OrgWords = Set("""
        Inc Corp Corporation Ltd LLC Co Company Companies Group Holdings Bank Department Ministry Administration Agency
        Council Committee Commission University College School Institute Association Society Foundation Fund Party
        Union Court Office Board Authority Police Service Services Force Forces Army Navy Airlines Airways Network News
        Times Post Press Journal Herald Gazette Tribune Broadcasting Media Government Parliament Congress Senate House
        Assembly Cabinet Bureau Centre Center Hospital Clinic Church Club League Federation Organization Organisation
        Alliance Coalition Cartel Movement Front Brigade Council Trust Partners Capital Systems Technologies Industries
        Motors Energy Railway Transit Tribunal Secretariat Agency Command Coalition Caucus Fraternity Nations Reuters
        """);

    /// <summary>
    /// Last words of venue, business and brand names ("Dixon Hall", "Freedom Mobile"); some are also surnames, so they
    /// count only when the name does not start with a known first name.
    /// </summary>
    public static readonly FrozenSet<string> VenueWords = Set("""
        Hall Arena Stadium Park Square Library Museum Theatre Theater Gallery Airport Station Street Avenue Road Bridge Mall
        Market Hotel Restaurant Cafe Labs Studios Records Pictures Entertainment Communications Telecom Wireless Mobile
        Pharmaceuticals Pharma Health Insurance Solutions Foods Brands Stores Shelter Mission Centres Centers Collective
        Campus Village Tower Towers Hub Lab Studio Cinema Clinic Academy Ventures Electric Airlines Software Robotics
        """);

    /// <summary>First words of place names ("San Jose", "Los Angeles", "St. Louis"): the word after them is not a first name.</summary>
    public static readonly FrozenSet<string> PlacePrefixes = Set("""
        San Santa Santo Los Las El St St. Saint Sainte Fort Port Mount Lake New North South East West Puerto Rio Palo
        """);

    /// <summary>Countries, continents and some large regions and cities: enough to keep them from becoming people.</summary>
    public static readonly FrozenSet<string> Places = Set("""
        Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahamas Bangladesh Belarus Belgium Bolivia
        Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador
        Egypt England Estonia Ethiopia Europe Africa Asia America Americas Oceania Antarctica Finland France Georgia Germany
        Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan
        Jordan Kazakhstan Kenya Korea Kosovo Kuwait Laos Latvia Lebanon Libya Lithuania Malaysia Mexico Moldova Mongolia
        Morocco Myanmar Nepal Netherlands Nicaragua Nigeria Norway Pakistan Palestine Panama Paraguay Peru Philippines Poland
        Portugal Qatar Romania Russia Rwanda Scotland Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden
        Switzerland Syria Taiwan Thailand Tunisia Turkey Uganda Ukraine Uruguay Venezuela Vietnam Wales Yemen Zimbabwe
        Britain Caribbean Pacific Atlantic Arctic Washington Ottawa Toronto Montreal Vancouver Calgary Edmonton Winnipeg
        Quebec Ontario Alberta Manitoba Saskatchewan Nunavut Yukon London Paris Berlin Moscow Beijing Tokyo Delhi Bogotá
        Bogota Caracas Havana Madrid Rome Brussels Geneva Kyiv Kiev Jerusalem Gaza Tehran Baghdad Kabul Seoul Sydney
        California Texas Florida York Chicago Boston Ohio Michigan Virginia Alaska Hawaii Arizona Nevada Oregon Iowa Utah
        U.S. US USA U.K. UK EU Latin Venezuela
        """);

    /// <summary>Nationality adjectives: part of a role ("Colombian President"), never a person's name.</summary>
    public static readonly FrozenSet<string> Demonyms = Set("""
        American Canadian Colombian Mexican British English French German Italian Spanish Russian Chinese Japanese Korean
        Indian Pakistani Iranian Iraqi Israeli Palestinian Syrian Turkish Egyptian Ukrainian Polish Brazilian Argentine
        Venezuelan Cuban Chilean Peruvian Australian Irish Scottish Welsh Dutch Swedish Norwegian Danish Finnish Greek
        Saudi Afghan Nigerian Kenyan African European Asian Latin Federal Provincial State Former Then-President Acting Interim
        U.S. US UK U.K. EU UN Liberal Conservative Democratic Republican Democrat NDP Green
        """);

    /// <summary>Common nouns that name a role: "the mayor", "political scientist Telford".</summary>
    public static readonly FrozenSet<string> RoleNouns = Set("""
        president minister secretary senator representative governor mayor premier chancellor king queen prince princess
        pope judge justice chief commissioner director chairman chairwoman chair ceo spokesperson spokesman spokeswoman
        candidate leader official officer lawyer attorney professor scientist researcher economist analyst expert author
        founder co-founder owner manager executive coach player captain general colonel sergeant detective inspector
        ambassador councillor councilor deputy bishop priest rabbi imam doctor physician nurse teacher principal student
        activist advocate lord boss head adviser advisor consultant organizer organiser chairperson dean provost trustee
        member mp mla mpp mna sheriff constable superintendent commander mother father wife husband son daughter sister
        brother widow friend resident neighbour neighbor worker employee owner partner critic historian lecturer editor
        reporter journalist columnist writer psychologist psychiatrist engineer architect planner strategist pollster
        negotiator envoy diplomat administrator coordinator counsel prosecutor defendant plaintiff victim witness survivor
        """);

    /// <summary>Nouns by which news copy refers back to an organization named earlier ("the agency said").</summary>
    public static readonly FrozenSet<string> OrgNominals = Set("""
        agency company firm group organization organisation ministry department union association commission corporation
        regulator airline automaker carmaker retailer insurer startup start-up charity coalition publisher broadcaster
        network institute authority watchdog utility manufacturer maker developer operator provider lender insurer
        """);

    /// <summary>Singular nouns after "the" that are not people: places, things, abstractions that can head a clause subject.</summary>
    public static readonly FrozenSet<string> NonPersonNominals = Set("""
        official source father mother son daughter wife husband victim witness
        city town province state country government court board council committee team club league party office police
        report study survey data poll program programme plan project bill law policy decision ruling document letter
        statement release website post video book article memo email message notice research analysis evidence record
        move deal agreement change result situation problem issue case system process budget market economy industry
        sector price rate number figure list vote election campaign event meeting conference summit hearing trial
        """);

    public static readonly FrozenSet<string> MaleFirstNames = Set("""
        James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald
        Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric
        Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry
        Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger
        Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert
        Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Bill Bob Jim Tom Mike
        Dave Steve Chris Tony Dan Ben Sam Nick Matt Pat Ron Ted Ed Rick Greg Jeff Andy Fred Ian Neil
        Colin Graham Stuart Gordon Glen Glenn Craig Barry Trevor Derek Dale Rod Carlos Luis Miguel Jorge Pedro
        Francisco Antonio Manuel Alvaro Marco Rafael Ivan Dmitri Sergei Vladimir Xi Emmanuel Justin Stephen Jean Pierre
        Jacques Francois Hans Karl Ahmed Mohammed Muhammad Ali Omar Hassan Abdul Marco Giuseppe Luca Andre Andres Diego
        Barack Joe Kamala Marco Rex Mitch Chuck Kurt Lloyd Nigel Boris Keir Rishi Tony Gavin Pierre Jason
        """);

    public static readonly FrozenSet<string> FemaleFirstNames = Set("""
        Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley
        Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen
        Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn
        Janet Ruth Maria Heather Diane Virginia Julie Joyce Olivia Kelly Christina Lauren Joan Evelyn Judith Megan
        Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail
        Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte
        Rose Alexis Kayla Melanie Catherine Jane Kate Katie Sue Liz Beth Jenny
        Rachel Marsha Claudia Carmen Isabel Sofia Lucia Ana Paula Angela Hillary Kamala Nikki Ursula
        Theresa Sheila Marie Tina Gina Lori Dana Tracy Tracey Stacy Carla Sonia Monica Vanessa Jodi
        """);

    public static readonly FrozenSet<string> MaleTitles = Set("Mr Sir Lord King Prince Father Brother Sheikh");
    public static readonly FrozenSet<string> FemaleTitles = Set("Mrs Ms Miss Dame Lady Queen Princess Sister Madam");
}
