namespace Hub.Application.Applicants.Commands;

/// <summary>What a founder writes in an application; shared by drafting and editing.</summary>
public interface IApplicationDetails
{
    string VentureName { get; }

    string Sector { get; }

    string Description { get; }

    FounderDetails Founder { get; }

    IReadOnlyList<TeamMemberDetails> TeamMembers { get; }
}
