using System.Text.Json.Serialization;
using BriefingBot.Core.Analysis;

namespace BriefingBot.Storage.Postgres.Serialization;

/// <summary>Compile-time JSON for what the index stores as JSON: the analysis, author and alias lists.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(TextSpanJsonConverter)])]
[JsonSerializable(typeof(TextAnalysis))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
