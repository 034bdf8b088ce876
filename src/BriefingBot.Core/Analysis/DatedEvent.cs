using BriefingBot.Core.Time;

namespace BriefingBot.Core.Analysis;

/// <summary>A sentence dated by a time expression in it; <see cref="Date"/> is a TIMEX3 date value.</summary>
public sealed record DatedEvent(string Date, DatePrecision Precision, int Sentence, string Text);
