namespace Hub.Domain.Common;

/// <summary>What stands in, in every module, for the name and phone of a person erased under the GDPR.</summary>
public static class ErasedPerson
{
    public const string Name = "Erased person";

    /// <summary>A well-formed number that reaches nobody, for columns that must hold one.</summary>
    public const string Phone = "+97600000000";
}
