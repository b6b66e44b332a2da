namespace Hub.Domain.Training.TrainingSessions;

public enum SessionMode
{
    InPerson,
    Webinar,
}
