namespace Hub.Domain.Mentoring.Mentorships;

public enum MentorshipStatus
{
    Proposed,
    Active,
    Declined,
    Closed,
}
