namespace Hub.Domain.Privacy.Erasures;

public enum ErasureStatus
{
    /// <summary>The account is anonymised and every module has been told to anonymise what it holds.</summary>
    Completed,
}
