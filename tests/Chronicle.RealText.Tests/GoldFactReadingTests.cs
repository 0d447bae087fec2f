using System.Text.Json;

namespace Chronicle.RealText.Tests;

/// <summary>Reading a gold fact: an event the readers named in English is compared by its Vietnamese name.</summary>
public sealed class GoldFactReadingTests
{
    [Fact]
    public void An_event_named_in_English_is_compared_by_its_Vietnamese_name()
    {
        using var json = JsonDocument.Parse("""
            {"id": "X1", "kind": "event", "confidence": "high", "date": "2016-10-22",
             "name": "Defence minister visits Baghdad", "name_vi": "Chuyến thăm Baghdad của Bộ trưởng Quốc phòng"}
            """);

        var fact = DevReal.ReadFact(json.RootElement, "a1", quote: "");

        Assert.Equal("Chuyến thăm Baghdad của Bộ trưởng Quốc phòng", fact.Name);
    }

    [Fact]
    public void An_event_with_one_name_keeps_it()
    {
        using var json = JsonDocument.Parse("""
            {"id": "X2", "kind": "event", "confidence": "high", "date": "2024-05-07", "name": "Lễ dâng hương tại Đền Hùng"}
            """);

        Assert.Equal("Lễ dâng hương tại Đền Hùng", DevReal.ReadFact(json.RootElement, "a1", quote: "").Name);
    }
}
