namespace Hub.Domain.Common;

/// <summary>The people of the programme, as roles on their accounts.</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string Manager = nameof(Manager);
    public const string Mentor = nameof(Mentor);
    public const string Judge = nameof(Judge);
    public const string Evaluator = nameof(Evaluator);

    /// <summary>Runs training sessions and takes their attendance; sees only the sessions they run.</summary>
    public const string Trainer = nameof(Trainer);
    public const string Founder = nameof(Founder);

    /// <summary>The role given to a request authenticated with a partner key rather than a person's account.</summary>
    public const string Partner = nameof(Partner);

    public static readonly IReadOnlyList<string> PersonRoles = [Admin, Manager, Mentor, Judge, Evaluator, Trainer, Founder];

    public static string? Normalize(string? role) =>
        PersonRoles.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
