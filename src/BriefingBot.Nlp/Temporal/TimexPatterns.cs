using System.Text.RegularExpressions;

namespace BriefingBot.Nlp.Temporal;

/// <summary>
/// The regular expressions of the tagger. Month and weekday names are matched case-sensitively
/// (capitalized) so that "may", "march" and "august" as ordinary words are not dates.
/// </summary>
internal static partial class TimexPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string MonthFull = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)";
    private const string MonthAny = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?(?=\\s))";
    private const string Weekday = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string DayNum = "(?<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private const string Year4 = "(?<year>1[0-9]{3}|20[0-9]{2})";
    private const string NumWord = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\\s+hundred|hundred|a\\s+couple\\s+of|a\\s+dozen|an?";
    private const string Num = "(?:(?<![\\d,.$])(?<num>\\d+(?:\\.\\d+)?)|(?<num>(?i:" + NumWord + "))|(?<vague>(?i:several|a\\s+few|few|many|some|multiple|numerous|countless)))";
    private const string Unit = "(?<unit>(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?|fortnights?))";
    private const string Approx = "(?<mod>(?i:about|around|approximately|roughly|nearly|almost|some|more\\s+than|less\\s+than|fewer\\s+than|over|under|at\\s+least|at\\s+most|up\\s+to|just|only|barely))";
    private const string Edge = "(?<edge>(?i:early|mid|late|(?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle)\\s+of))";
    private const string PartOfDay = "(?<part>(?i:morning|afternoon|evening|night))";

    // Full dates: "Monday, March 3, 2008", "March 01, 2008", "March 12 2009".
    [GeneratedRegex("(?:" + Weekday + ",?\\s+)?" + MonthAny + "\\s+" + DayNum + "(?:,\\s*|\\s+)" + Year4 + "(?![\\d])", Options)]
    internal static partial Regex MonthDayYear();

    // "3 March 2008", "the 3rd of March, 2008".
    [GeneratedRegex("(?:" + Weekday + ",?\\s+)?(?<![\\d.,$])(?:the\\s+)?" + DayNum + "\\s+(?:of\\s+)?" + MonthAny + ",?\\s+" + Year4 + "(?![\\d])", Options)]
    internal static partial Regex DayMonthYear();

    // "03/02/2009", "7/8/07" (American order unless the first number cannot be a month).
    [GeneratedRegex("(?<![\\d/.,])(?<a>[0-3]?[0-9])/(?<b>[0-3]?[0-9])/(?<y>[0-9]{4}|[0-9]{2})(?![\\d/])", Options)]
    internal static partial Regex NumericDate();

    // "2008-03-01".
    [GeneratedRegex("(?<![\\d-])" + Year4 + "-(?<m>0[1-9]|1[0-2])-(?<d>[0-2][0-9]|3[01])(?![\\d-])", Options)]
    internal static partial Regex IsoDate();

    // "June 18", "Tuesday, June 18", "April 2nd".
    [GeneratedRegex("(?:" + Weekday + ",?\\s+)?" + MonthAny + "\\s+" + DayNum + "(?![\\d:]|[,.][0-9])(?!\\s*(?:%|percent|per\\s+cent))", Options)]
    internal static partial Regex MonthDay();

    // "11 December", "the 3rd of March".
    [GeneratedRegex("(?<![\\d.,$])(?:the\\s+)?" + DayNum + "\\s+(?:of\\s+)?" + MonthAny + "(?![\\w])", Options)]
    internal static partial Regex DayMonth();

    // "November 2006", "mid-October 2007", "October of next year".
    [GeneratedRegex("(?:" + Edge + "[-\\s]+)?" + MonthAny + ",?\\s+(?:of\\s+)?(?:" + Year4 + "(?![\\d])|(?<rel>(?i:this|last|next|the\\s+following|the\\s+previous|the\\s+same))\\s+(?i:year))", Options)]
    internal static partial Regex MonthYear();

    // "September", "last September", "early June", "mid-March".
    [GeneratedRegex("(?:(?<rel>(?i:last|next|this|past|previous|coming))\\s+|" + Edge + "[-\\s]+)?" + MonthFull + "(?![\\w-])", Options)]
    internal static partial Regex MonthAlone();

    // "2024", "early 2009", "the end of 2010", "the year 2000".
    [GeneratedRegex("(?:" + Edge + "[-\\s]+)?(?:(?i:the\\s+year)\\s+)?(?<![\\w$£€#/]|\\d[.,-])" + Year4 + "(?![\\w%]|[.,:/][0-9]|-[0-9]|['’]s)", Options)]
    internal static partial Regex Year();

    // "'82" (a year with the century dropped).
    [GeneratedRegex("(?<![\\w'’])['’](?<yy>[0-9]{2})(?![\\w'’%])", Options)]
    internal static partial Regex ShortYear();

    // "the 1980s", "the late 1990s", "the '80s", "70s", "the eighties".
    [GeneratedRegex("(?:(?i:the)\\s+)?(?:(?<edge>(?i:early|mid|late))[-\\s]+)?(?<![\\w'’$,.])(?:(?<dec4>1[0-9]{2}0|20[0-9]0)|['’]?(?<dec2>[0-9]0))['’]?s(?![\\w'’])|(?:(?i:the)\\s+)?(?:(?<edge>(?i:early|mid|late))[-\\s]+)?(?<decw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\\w])", Options)]
    internal static partial Regex Decade();

    // "the 20th century", "the twenty-first century".
    [GeneratedRegex("(?:(?i:the)\\s+)?(?:(?<edge>(?i:early|mid|late))[-\\s]+)?(?<ord>[0-9]{1,2}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first))[-\\s]+(?i:century)(?![\\w])", Options)]
    internal static partial Regex Century();

    // "spring", "this summer", "the autumn of 2008", "winter 2009".
    [GeneratedRegex("(?:(?<rel>(?i:this|last|next|early|late|mid))[-\\s]+|(?<=(?<![\\w])(?<prep>(?i:the|in|during|by|since|until|this|last|next))\\s))(?<season>(?i:spring|summer|autumn|fall|winter))(?:\\s+(?:of\\s+)?" + Year4 + "(?![\\d]))?(?![\\w-])", Options)]
    internal static partial Regex Season();

    // "the third quarter of this year", "fourth-quarter", "the first half of 2009", "the last quarter".
    [GeneratedRegex("(?:(?i:the)\\s+)?(?<ord>(?i:first|second|third|fourth|final|last|previous|current|1st|2nd|3rd|4th))[-\\s]+(?<qh>(?i:quarter|half))(?![\\w])(?:\\s+(?i:of)\\s+(?:(?<fy>(?i:fiscal|financial)\\s+(?:year\\s+)?)?" + Year4 + "(?![\\d])|(?<rel>(?i:this|last|next|the\\s+current|the\\s+previous|the|the\\s+same))\\s+(?<fy>(?i:fiscal\\s+|financial\\s+))?(?i:year)))?", Options)]
    internal static partial Regex Quarter();

    // "Q1 2009", "Q3".
    [GeneratedRegex("(?<![\\w])Q(?<qn>[1-4])(?:\\s*(?:FY\\s*)?" + Year4 + ")?(?![\\w])", Options)]
    internal static partial Regex QuarterCode();

    // "FY2024", "fiscal 2024", "fiscal year 2024", "this financial year".
    [GeneratedRegex("(?<![\\w])(?:FY\\s?|(?i:fiscal|financial)\\s+(?:(?i:year)\\s+)?)(?<fy>[0-9]{4}|[0-9]{2})(?![\\w])|(?:(?<edge>(?i:(?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle)\\s+of))\\s+)?(?i:(?<rel>the|this|last|next|the\\s+current|the\\s+previous)\\s+(?:fiscal|financial)\\s+year)", Options)]
    internal static partial Regex FiscalYear();

    // "today", "earlier today", "yesterday morning", "tonight".
    [GeneratedRegex("(?<![\\w-])(?:(?<pre>(?i:earlier|later|late|early))\\s+)?(?<w>(?i:today|tonight|yesterday|tomorrow))(?![\\w-])(?:\\s+" + PartOfDay + "(?![\\w]))?", Options)]
    internal static partial Regex DayWord();

    // "this morning", "last night", "this afternoon".
    [GeneratedRegex("(?<![\\w])(?<rel>(?i:this|last))\\s+" + PartOfDay + "(?![\\w])", Options)]
    internal static partial Regex PartOfDayRelative();

    // "this week", "last month", "next year", "earlier this month", "the end of last year", "the following month".
    [GeneratedRegex("(?<![\\w])(?:(?<pre>(?i:earlier|later|early|late))\\s+|" + Edge + "\\s+)?(?:(?<the>(?i:the))\\s+)?(?<rel>(?i:this|last|next|past|previous|coming|following|current|same|prior|preceding|upcoming|entire|whole))\\s+(?<unit>(?i:week|weekend|month|year|quarter|decade|century))(?![\\w])", Options)]
    internal static partial Regex RelativeUnit();

    // "the year before", "the year previous", "the month after".
    [GeneratedRegex("(?<![\\w])(?i:the)\\s+(?<unit>(?i:week|month|year))\\s+(?<dir>(?i:before|after|earlier|later|previous|prior))(?![\\w])", Options)]
    internal static partial Regex UnitBeforeAfter();

    // "the weekend", "the end of the year", "the beginning of the month".
    [GeneratedRegex("(?<![\\w])(?:" + Edge + "\\s+)?(?i:the)\\s+(?<unit>(?i:weekend|year|month|week))(?![\\w])", Options)]
    internal static partial Regex TheUnit();

    // "the day", "the same day", "that day", "the next day", "late in the day", "the day before".
    [GeneratedRegex("(?<![\\w])(?:(?<edge>(?i:(?:the\\s+)?(?:start|end|beginning|rest|remainder)\\s+of|late\\s+in|early\\s+in|later\\s+in|earlier\\s+in))\\s+)?(?<det>(?i:the|that))\\s+(?:(?<rel>(?i:same|following|next|previous|prior|preceding))\\s+)?(?i:day)(?:\\s+(?<dir>(?i:before|after|earlier|later))(?!\\s+[a-z]+ing(?![\\w])))?(?![\\w'’-])", Options)]
    internal static partial Regex TheDay();

    // Durations and offsets: "30 years", "almost two and a half years", "the past nine days", "12-year", "two years ago", "a week later".
    [GeneratedRegex("(?:(?<the>(?i:the\\s+(?:past|last|next|coming|previous|following|first|final|remaining))\\s+)|(?<![\\w-])" + Approx + "\\s+(?:(?i:the\\s+(?:past|last|next))\\s+)?)?(?<![\\w])" + Num + "(?<half>\\s+(?i:and\\s+a\\s+half))?[-\\s]+(?:(?i:straight|consecutive|successive|trading|business|working|calendar|full|long|more)[-\\s]+)?" + Unit + "(?![\\w])(?<old>-(?i:old))?(?:\\s+(?<tail>(?i:ago|earlier|later|from\\s+now|hence|previously))(?![\\w]))?", Options)]
    internal static partial Regex Duration();

    // "years", "decades", "hours" after "for/in/within/over (the)".
    [GeneratedRegex("(?<=(?<![\\w])(?i:for|in|within|over|after|lasted|took|takes|take|than)\\s+(?:(?i:the)\\s+)?)(?<unit>(?i:years|months|weeks|days|hours|minutes|decades|centuries))(?![\\w-])|(?<![\\w])(?<unit>(?i:years|months|weeks|days|decades))(?=-long)", Options)]
    internal static partial Regex VagueDuration();

    // "every week", "each year", "per day", "15 a year", "every other month".
    [GeneratedRegex("(?<![\\w])(?:(?i:every|each|per)\\s+(?:(?<num>(?i:other|two|three|four|five|six|[0-9]+))\\s+)?(?<unit>(?i:years?|months?|weeks?|days?|hours?|minutes?|quarters?|decades?|mornings?|evenings?|nights?|weekends?|Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?))|(?<=[0-9]\\s)(?i:a|an)\\s+(?<unit>(?i:year|month|week|day|hour|minute)))(?![\\w])", Options)]
    internal static partial Regex SetEvery();

    // "daily", "weekly", "annual", "annually" (lowercase: "Daily" is often a newspaper name).
    [GeneratedRegex("(?<![\\w-])(?<adj>daily|weekly|monthly|yearly|annually|annual|quarterly|hourly|nightly|biannual|biennial)(?![\\w-])(?=\\s+(?<noun>\\w+))?", Options)]
    internal static partial Regex SetAdjective();

    // "now", "currently", "at present", "the time being", "current".
    [GeneratedRegex("(?<![\\w])(?<w>(?i:currently|at\\s+present|presently|nowadays|these\\s+days|at\\s+the\\s+moment|the\\s+time\\s+being|the\\s+present\\s+day|the\\s+present|right\\s+now)|[Nn]ow|current)(?![\\w-])", Options)]
    internal static partial Regex PresentRef();

    // "recently", "recent", "in the past", "more recently".
    [GeneratedRegex("(?<![\\w])(?<w>(?i:(?:more\\s+|most\\s+|until\\s+)?recently|recent|(?:in\\s+)?the\\s+past|in\\s+former\\s+times|long\\s+ago))(?![\\w-])", Options)]
    internal static partial Regex PastRef();

    // "in the future", "soon", "the near term", "the long term".
    [GeneratedRegex("(?<![\\w])(?<w>(?i:(?:in\\s+)?the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|(?:very\\s+)?soon|the\\s+(?:near|long|short|medium)\\s+term|(?:near|short)-term|in\\s+the\\s+coming\\s+(?:days|weeks|months|years)))(?![\\w-])", Options)]
    internal static partial Regex FutureRef();

    // "10:30 GMT", "6:40 p.m. (GMT +8)", "18:00 UTC Monday", "3 p.m.", "1400 UTC".
    [GeneratedRegex("(?<![\\w:.,$])(?:(?<h>[01]?[0-9]|2[0-4]):(?<min>[0-5][0-9])(?::[0-5][0-9])?(?:\\s*(?<ampm>(?i:a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm)(?![\\w])))?|(?<h>1[0-2]|0?[1-9])\\s*(?<ampm>(?i:a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm)(?![\\w]))|(?<h>[01][0-9]|2[0-3])(?<min>[0-5][0-9])(?=\\s*(?:UTC|GMT|hours|hrs)))(?:\\s*\\(?(?<tz>UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|JST|AEST|AEDT|IST)(?:\\s*(?<off>[+-]\\s*[0-9]{1,2})(?::?[0-9]{2})?)?\\)?(?![\\w]))?(?:\\s+(?:(?i:on)\\s+)?(?:(?<tw>(?i:today|yesterday|tomorrow))|" + Weekday + ")(?![\\w]))?(?=,\\s+" + MonthAny + "\\s+" + DayNum + ")?", Options)]
    internal static partial Regex ClockTime();

    // "noon", "midnight", "midday".
    [GeneratedRegex("(?<![\\w])(?<w>(?i:noon|midnight|midday))(?![\\w])", Options)]
    internal static partial Regex NamedTime();

    // "Tuesday", "last Friday", "Thursday night", "next Monday".
    [GeneratedRegex("(?:(?<rel>(?i:last|next|this|coming|past))\\s+)?(?<!(?:Black|Cyber|Super|Good|Easter|Ash|Holy|Bloody|Manic|Blue|Mad|Fat|Palm|Whit|Shrove|Plough)\\s)" + Weekday + "(?![\\w])(?:\\s+" + PartOfDay + "(?![\\w]))?", Options)]
    internal static partial Regex WeekdayName();

    // "Christmas", "New Year's Day", "Halloween".
    [GeneratedRegex("(?<![\\w])(?<h>Christmas\\s+Eve|Christmas\\s+Day|Christmas|New\\s+Year['’]s\\s+Eve|New\\s+Year['’]s\\s+Day|Halloween|Valentine['’]s\\s+Day)(?:\\s+" + Year4 + ")?(?![\\w])", Options)]
    internal static partial Regex Holiday();

    // Future tense cues in the clause around an expression.
    [GeneratedRegex("(?i)(?<![\\w])(?:will|shall|won['’]t|['’]ll|going\\s+to|(?:is|are|was|were)\\s+to|(?:is|are|was|were)\\s+(?:due|set|scheduled|slated|expected|planned|poised)|scheduled|upcoming|plans?\\s+to|planning\\s+to|intends?\\s+to|would|should|next|to\\s+be|hopes?\\s+to|aims?\\s+to)(?![\\w])")]
    internal static partial Regex FutureCue();

    // Past tense cues: auxiliaries, common irregular verbs, and regular -ed forms.
    [GeneratedRegex("(?i)(?<![\\w])(?:was|were|had|did|ago|rose|fell|grew|began|came|went|saw|made|took|got|gave|became|hit|lost|won|sold|bought|paid|said|told|held|left|led|met|spent|fought|built|brought|thought|knew|found|kept|ran|sank|shrank|slid|struck|wrote|chose|[a-z]{2,}ed)(?![\\w])")]
    internal static partial Regex PastCue();

    // A reporting verb in the past right before an expression: "said Tuesday", "announced on Monday".
    [GeneratedRegex("(?i)(?<![\\w])(?:said|announced|reported|told|stated|confirmed|added|revealed|unveiled|launched|released|introduced|filed|posted|began|was|were|had)(?:\\s+(?:on|in|late|early|last))?\\s*$")]
    internal static partial Regex PastReporting();

    // Words after a four-digit number that show it counts things rather than naming a year.
    [GeneratedRegex("^\\s*(?:-\\s*)?(?i:people|persons|jobs|workers|employees|staff|units|cars|vehicles|planes|aircraft|jets|tons|tonnes|points|shares|members|troops|soldiers|miles|kilometres|kilometers|km|metres|meters|feet|ft|passengers|seats|homes|houses|copies|stores|dealers|dealerships|plants|pounds|dollars|euros|yen|barrels|votes|delegates|residents|students|children|users|customers|kg|lb|mph|hp|cc|ml|mb|gb|calories|pixels|rpm|deaths|cases|times|index|indices|[A-Z][a-z]*\\s+Index|to\\s+[0-9,]+\\s+(?:people|jobs|workers|employees|units))(?![\\w])")]
    internal static partial Regex CountNounAfter();

    // Words before a four-digit number that show it is an identifier or a market level, not a year.
    [GeneratedRegex("(?i)(?<![\\w])(?:no\\.?|number|nos\\.?|flight|route|page|pages|room|model|version|highway|interstate|section|article|rule|code|tel\\.?|phone|(?:closed|ended|finished|fell|rose|dropped|climbed|slipped|stood|traded|trading)\\s+(?:at|to)|lost|gained|shed|down|up)\\s+$")]
    internal static partial Regex IdentifierBefore();
}
