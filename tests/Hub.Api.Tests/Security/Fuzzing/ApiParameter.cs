using System.Text.Json;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>A path, query or header parameter of an operation, with its (unresolved) schema.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, JsonElement Schema);
