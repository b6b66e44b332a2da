namespace Hub.Infrastructure.Common.DemoData;

/// <summary>Fictional Mongolian names in Cyrillic (patronymic in the genitive, then the given name), and Darkhan-Uul's soums.</summary>
internal static class MongolianNames
{
    public static readonly string[] Patronymics =
    [
        "Батбаярын", "Ганбаатарын", "Доржийн", "Пүрэвийн", "Сүхбаатарын", "Төмөрийн", "Болдын", "Энхтайваны",
        "Мөнхбатын", "Очирын", "Цэрэнгийн", "Баярсайханы", "Нямдоржийн", "Лхагвасүрэнгийн", "Жаргалсайханы", "Гантулгын",
    ];

    public static readonly string[] FemaleGivenNames =
    [
        "Энхжаргал", "Сарангэрэл", "Оюунчимэг", "Номин", "Анужин", "Солонго", "Мөнхзул", "Цэцэгмаа", "Болормаа", "Уянга", "Навчаа", "Хулан",
    ];

    public static readonly string[] MaleGivenNames =
    [
        "Батбаяр", "Тэмүүлэн", "Ганзориг", "Мөнх-Эрдэнэ", "Билгүүн", "Эрдэнэбат", "Түвшинбаяр", "Амарсанаа", "Бат-Очир", "Сүхбат", "Ганболд", "Төгөлдөр",
    ];

    public static readonly string[] Soums = ["Дархан", "Хонгор", "Орхон", "Шарын гол"];
}
