namespace Hub.Domain.Mentoring.Mentorships;

public enum SessionFormat
{
    OneToOne,
    Group,
}
