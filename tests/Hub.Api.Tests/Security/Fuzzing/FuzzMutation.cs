namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>What a fuzzed request gets wrong.</summary>
public enum FuzzMutation
{
    /// <summary>Nothing: a plausible request from the schema (the first cases, so that real ids exist; and now and then).</summary>
    Valid,
    WrongType,
    MissingRequired,
    ExtraField,
    HugeString,
    EmptyString,
    NulCharacter,
    LoneSurrogate,
    InvalidUtf8,
    DeepNesting,
    BadDate,
    BadGuidInBody,
    OddNumber,
    MalformedJson,
    BadGuidInPath,
    BadQueryValue,
    AbsurdPaging,
    WrongContentType,
    OddAccept,
    GarbageIfMatch,
}
