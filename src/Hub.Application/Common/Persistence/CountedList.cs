namespace Hub.Application.Common.Persistence;

/// <summary>A page of rows and the number of rows of the whole list, when the page had any to say it.</summary>
public sealed record CountedList<T>(List<T> Items, int? Total);
