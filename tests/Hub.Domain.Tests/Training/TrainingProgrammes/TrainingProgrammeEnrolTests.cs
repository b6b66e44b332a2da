using Hub.Domain.Training.Cohorts;
using static Hub.Domain.Tests.Training.TrainingTestData;

namespace Hub.Domain.Tests.Training.TrainingProgrammes;

public sealed class TrainingProgrammeEnrolTests
{
    [Fact]
    public void Enrolling_a_founder_twice_enrols_them_once()
    {
        var programme = Programme();
        var founder = Guid.CreateVersion7();

        Assert.True(programme.Enrol(founder, Guid.CreateVersion7(), "Дорж", Now));
        Assert.False(programme.Enrol(founder, Guid.CreateVersion7(), "Дорж", Now));

        Assert.Single(programme.Participants);
        Assert.Equal(1, programme.ParticipantCount);
    }

    [Fact]
    public void Only_members_of_the_programmes_intake_are_enrolled()
    {
        var programme = Programme();

        Assert.False(programme.Enrol(CohortMember.Accepted(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "Other intake", Now), Now));
        Assert.True(programme.Enrol(CohortMember.Accepted(programme.IntakeId, Guid.CreateVersion7(), Guid.CreateVersion7(), "This intake", Now), Now));
        Assert.Single(programme.Participants);
    }
}
