namespace BriefingBot.Bench.Vocabulary;

/// <summary>
/// Sentence templates. Slots: {T} a thing of the topic, {G} an affected group, {P} a country or city, {O} an
/// organisation, {A} an action, {K} the topic keyword, {N} a number, {D} a time expression. No template contains a
/// double quotation mark or a backslash: the composer adds quotation marks itself (JSON escaping relies on that).
/// </summary>
internal static class Phrases
{
    public static readonly string[] Quotes =
    [
        "We will not accept {T} that punishes {G}.",
        "This is the most serious test of {T} we have faced in a generation.",
        "Nobody in {P} should pay the price for {T}.",
        "We have been clear from the start: {T} must be fixed, and fixed quickly.",
        "The numbers speak for themselves, and {G} know it.",
        "I have spoken to {G} across {P}, and they are worried about {T}.",
        "We set out our position {D}, and it has not changed.",
        "There is no plan B for {T}.",
        "If {O} wants a fight, it will get one.",
        "We expect {T} to improve, but nothing is guaranteed.",
        "Frankly, {T} was handled badly.",
        "It is a good day for {G} and a good day for {P}.",
        "We are asking for patience, not blind trust.",
        "Let me be very clear: we did nothing wrong.",
        "Is anyone surprised? The row over {T} was always going to end this way.",
        "We owe it to {G} to get {T} right.",
        "The decision on {T} was taken {D} and it will not be reversed.",
        "Nobody wins if {O} walks away now.",
    ];

    public static readonly string[] FollowUps =
    [
        "We will keep talking.", "The door remains open.", "That is not negotiable.", "{G} deserve better than this.",
        "We will publish the figures {D}.", "Nothing has been decided yet.", "We are not there yet.",
    ];

    public static readonly string[] Fragments =
    [
        "a serious mistake", "long overdue", "a gift to {G}", "reckless and premature", "the beginning of the end",
        "a turning point for {P}", "a betrayal of {G}", "the least bad option",
    ];

    public static readonly string[] Clauses =
    [
        "{O} would review {T} {D}", "{T} had been mishandled from the start", "the government was considering new rules on {T}",
        "{G} would be compensated", "talks on {T} would resume {D}", "{O} had underestimated the cost of {T}",
        "there was no evidence that {T} had harmed {G}",
    ];

    public static readonly string[] Events =
    [
        "{D}, {O} {A} {T}.",
        "{O} {A} {T} {D}, according to a statement seen by reporters.",
        "The plan for {T} was first announced {D}.",
        "{D}, officials in {P} {A} {T} after weeks of pressure from {G}.",
        "{D}, the dispute over {T} reached the courts in {P}.",
        "Data released {D} showed that {T} had changed by {N} percent.",
    ];

    public static readonly string[] Background =
    [
        "Shares of {O} rose {N} percent in {P} trading after the announcement.",
        "The dispute over {T} has divided {G} in {P} for months.",
        "{O} employs about {N},000 people in {P}.",
        "Critics say {T} has hit {G} hardest.",
        "Officials did not respond to a request for comment.",
        "The figures have not been independently verified.",
        "{K} has become one of the defining issues in {P}.",
        "Analysts at {O} expect {T} to remain under pressure for months.",
        "It was not immediately clear how {G} would be affected.",
        "The measure covers {T} as well as related costs borne by {G}.",
        "Lawmakers in {P} are expected to debate {T} {D}.",
        "{O} said it had set aside {N} million to deal with {T}.",
    ];

    public static readonly string[] Cues = ["said", "told reporters", "said in a statement", "added", "argued", "warned", "insisted"];

    public static readonly string[] Titles =
    [
        "{O} {A} {T} as {G} wait for answers",
        "{T} in focus after {O} moves",
        "What the row over {T} means for {P}",
        "{G} brace for change as {O} {A} {T}",
        "{K}: {O} under pressure in {P}",
    ];
}
