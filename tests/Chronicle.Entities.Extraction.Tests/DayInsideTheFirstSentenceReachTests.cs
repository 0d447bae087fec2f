namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A report whose first dated sentence writes its day inside the sentence ('Chủ tịch tỉnh X hôm 14/9 đã …') rather than
/// opening the paragraph with it ('Ngày 14/9, …') is not read as led by that day: the headline above it is told as of
/// publication, and when the day lies two or more days back the later paragraphs are too. Taking such a day for a lead
/// was measured and set aside: the hand-read and the corpus gold files both lost more holders than they gained.
/// </summary>
public sealed class DayInsideTheFirstSentenceReachTests
{
    private const string Inspection =
        "Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh kiểm tra đê biển trước mùa bão.\n\n"
        + "Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh hôm 14/9 đã đi kiểm tra việc gia cố các đoạn đê xung yếu ở ven biển.\n\n"
        + "Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải cho biết tỉnh đã chuẩn bị sẵn vật tư và lực lượng ứng phó.";

    [Fact]
    public void The_holder_of_the_dated_sentence_is_seen_on_its_day_and_the_headline_on_publication() =>
        Assert.Equal([("held", "2024-09-14"), ("held", "2024-09-16")],
            ReportedDayReachTests.Sightings(Inspection, "2024-09-16", "Lê Hồng Vinh", "Chủ tịch UBND"));

    [Fact]
    public void A_later_paragraph_two_days_after_that_day_is_told_as_of_publication() =>
        Assert.Equal([("held", "2024-09-16")], ReportedDayReachTests.Sightings(Inspection, "2024-09-16", "Võ Trọng Hải", "Chủ tịch UBND"));

    [Fact]
    public void The_same_day_opening_its_paragraph_leads_the_whole_report() =>
        Assert.Equal([("held", "2024-09-14")], ReportedDayReachTests.Sightings(
            Inspection.Replace("Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh hôm 14/9 đã", "Ngày 14/9, Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh đã",
                StringComparison.Ordinal), "2024-09-16", "Võ Trọng Hải", "Chủ tịch UBND"));
}
