using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Infrastructure.Applicants.DemoData;

/// <summary>Venture ideas of the kind the hub trains for: smart agriculture, tourism, social enterprise and more.</summary>
internal static class DemoVentures
{
    public static readonly (string Name, Sector Sector, string Description)[] Ideas =
    [
        ("Дархан Сүү хоршоо", Sector.Agriculture, "A dairy cooperative pooling milk from herders around Darkhan with a shared cold chain."),
        ("Smart Greenhouse Darkhan", Sector.Agriculture, "Sensor-controlled greenhouses that grow vegetables through the winter with half the coal."),
        ("Орхон Эко Гэр бааз", Sector.Tourism, "An eco ger camp on the Orkhon river offering horse treks and herding homestays."),
        ("Seabuckthorn Valley", Sector.Agriculture, "Seabuckthorn orchards and juice pressing for the domestic and Chinese markets."),
        ("Хонгор Ноолуур", Sector.Manufacturing, "Small-batch cashmere knitwear made by women's groups in Khongor soum."),
        ("DarkhanCode Academy", Sector.Technology, "Evening coding bootcamps for young people of Darkhan-Uul, taught in Mongolian."),
        ("Green Ger Insulation", Sector.Manufacturing, "Felt and wool insulation kits that cut ger-district heating costs and air pollution."),
        ("Эрүүл Хүнс Хүргэлт", Sector.Services, "Healthy lunch delivery for offices and schools in Darkhan city."),
        ("Herder Market App", Sector.Technology, "A mobile marketplace connecting herders directly with meat and wool buyers."),
        ("Social Bakery Darkhan", Sector.Social, "A bakery that trains and employs young people with disabilities."),
        ("Шарын Гол Аялал", Sector.Tourism, "Guided heritage tours of Sharyn Gol's mining history and the Kharaa valley."),
        ("AgroDrone Services", Sector.Technology, "Drone crop monitoring and spraying for wheat farms along the Kharaa river."),
        ("Recycle Darkhan", Sector.Social, "Plastic collection points and a shredding workshop turning waste into paving tiles."),
        ("Уран Гар Урлал", Sector.Other, "A crafts studio selling felt souvenirs through the tourist camps of the province."),
        ("Bee Darkhan Honey", Sector.Agriculture, "Beekeeping and honey processing with training for new beekeepers."),
        ("Ger Repair Network", Sector.Services, "On-call repair and winterisation services for families living in gers."),
    ];

    public static readonly string[] TeamRoles = ["Хамтран үүсгэн байгуулагч", "Co-founder", "Agronomist", "Marketing", "Accountant", "Software developer", "Нягтлан бодогч"];
}
