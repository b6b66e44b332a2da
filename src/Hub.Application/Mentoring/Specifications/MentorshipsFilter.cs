using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring.Specifications;

/// <summary>What a list of mentorships is narrowed to: one mentor, a mentor's or a founder's own, one status.</summary>
public sealed record MentorshipsFilter(MentorId? MentorId = null, Guid? MentorUserId = null, Guid? FounderUserId = null, MentorshipStatus? Status = null)
{
    internal void ApplyTo(ISpecificationBuilder<Mentorship> query)
    {
        if (MentorId is { } mentor)
        {
            query.Where(m => m.MentorId == mentor);
        }

        if (MentorUserId is { } mentorUser)
        {
            query.Where(m => m.MentorUserId == mentorUser);
        }

        if (FounderUserId is { } founder)
        {
            query.Where(m => m.FounderUserId == founder);
        }

        if (Status is { } only)
        {
            query.Where(m => m.Status == only);
        }
    }
}
