namespace Hub.Api.Tests.Security.Matrix;

/// <summary>The callers of the authorization matrix, in the order of its columns.</summary>
internal enum MatrixCaller
{
    Anonymous,
    Owner,
    OtherFounder,
    Mentor,
    Judge,
    Evaluator,
    Trainer,
    Manager,
    Admin,
    PartnerWithScope,
    PartnerWithoutScope,
    RevokedKey,
    GarbageToken,
}
