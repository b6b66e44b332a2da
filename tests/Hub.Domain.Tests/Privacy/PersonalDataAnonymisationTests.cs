using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Common;
using Hub.Domain.DemoDay.Editions;
using Hub.Domain.Mentoring.Mentees;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Tests.Training;
using Hub.Domain.Training.Certificates;
using Hub.Domain.Training.Cohorts;
using static Hub.Domain.Tests.Applicants.ApplicantsTestData;

namespace Hub.Domain.Tests.Privacy;

/// <summary>What each module's aggregate keeps when a person is erased: the counts' fields stay, names and phones go.</summary>
public sealed class PersonalDataAnonymisationTests
{
    [Fact]
    public void An_application_loses_the_founders_name_and_phone_and_the_teams_names_but_keeps_what_the_indicators_count()
    {
        var intake = OpenIntake();
        var application = Submitted(intake);
        var before = application.Founder;

        application.ErasePersonalData(Now);
        application.ErasePersonalData(Now);

        Assert.Equal(ErasedPerson.Name, application.Founder.FullName);
        Assert.Equal(ErasedPerson.Phone, application.Founder.Phone.Value);
        Assert.All(application.TeamMembers, m => Assert.Equal(ErasedPerson.Name, m.FullName));
        Assert.Equal("Co-founder", Assert.Single(application.TeamMembers).Role);
        Assert.Equal((before.Gender, before.BirthYear, before.Soum), (application.Founder.Gender, application.Founder.BirthYear, application.Founder.Soum));
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void Training_keeps_the_enrolment_the_membership_and_the_certificate_without_the_name()
    {
        var founder = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();
        var programme = TrainingTestData.Programme(founder, other);
        var member = CohortMember.Accepted(Guid.CreateVersion7(), founder, Guid.CreateVersion7(), "Batbayar Enkhjargal", Now);
        var certificate = Certificate.Issue(founder, "Batbayar Enkhjargal", TrainingTestData.Module(), 2m, Now);

        programme.ErasePersonalData(founder);
        member.ErasePersonalData();
        certificate.ErasePersonalData();

        Assert.Equal(2, programme.ParticipantCount);
        Assert.Equal(ErasedPerson.Name, programme.Participants.Single(p => p.FounderUserId == founder).FullName);
        Assert.Equal("Founder", programme.Participants.Single(p => p.FounderUserId == other).FullName);
        Assert.Equal(ErasedPerson.Name, member.FullName);
        Assert.Equal((ErasedPerson.Name, 2m), (certificate.HolderName, certificate.Hours));
    }

    [Fact]
    public void Mentoring_and_Demo_Day_drop_the_names_and_keep_the_records()
    {
        var judge = Guid.CreateVersion7();
        var mentee = Mentee.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "Batbayar Enkhjargal", "Green Darkhan", "Agriculture", ["mn"], Now);
        var day = DemoDayEdition.Plan("Demo Day 2026", new DateOnly(2026, 6, 15), "Darkhan", 1, 10, [new("Team", 2)], Guid.CreateVersion7(), Now);
        day.AddJudge(judge, "Eleni Papadaki", Now);
        day.AddJudge(Guid.CreateVersion7(), "Kemal Yilmaz", Now);

        mentee.ErasePersonalData();
        day.ErasePersonalData(judge);

        Assert.Equal((ErasedPerson.Name, "Green Darkhan"), (mentee.FounderFullName, mentee.VentureName));
        Assert.Equal([ErasedPerson.Name, "Kemal Yilmaz"], day.Judges.Select(j => j.FullName));
    }

    [Fact]
    public void An_erased_mentor_keeps_their_sectors_for_the_counts_but_is_no_longer_matched()
    {
        var profile = MentorProfile.Create("Eleni Papadaki", "GR", "Europe/Athens", ["el", "en"], ["Agriculture"], 3, "Agronomist.");
        var mentor = Mentor.Register(Guid.CreateVersion7(), "eleni@example.org", profile, Now);

        mentor.ErasePersonalData();

        Assert.Equal((ErasedPerson.Name, string.Empty, false), (mentor.FullName, mentor.Bio, mentor.Active));
        Assert.EndsWith("@erased.invalid", mentor.Email, StringComparison.Ordinal);
        Assert.Equal(["Agriculture"], mentor.Expertise);
    }
}
