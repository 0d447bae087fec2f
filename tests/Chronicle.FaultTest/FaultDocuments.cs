namespace Chronicle.FaultTest;

/// <summary>
/// The documents of a fault run: each names its own minister, so each document adds exactly one
/// role observation to the timeline and a second copy of it would show.
/// </summary>
public static class FaultDocuments
{
    private static readonly string[] Surnames =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Đinh", "Trịnh", "Trương", "Đào",
    ];

    private static readonly string[] Middles = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Xuân", "Ngọc", "Đình"];

    private static readonly string[] Givens =
    [
        "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Lâm", "Nam", "Phong", "Quyết", "Sơn", "Tâm", "Thắng",
        "Toàn", "Trí", "Tuấn", "Uy", "Vinh", "Việt", "Bảo", "Chiến", "Định", "Hiếu", "Hùng", "Khải", "Lực", "Nghĩa",
        "Phúc", "Tài", "Thịnh", "Thuận", "Tiến", "Trọng", "Tùng", "Vượng", "Hưng", "Kiên", "Long", "Mạnh", "Nhân", "Quân",
        "Sang", "Thái", "Thành", "Thiện", "Toại", "Trung", "Tường", "Vĩnh",
    ];

    /// <summary>How many distinct people (and so documents) the generator can name.</summary>
    public static int Capacity => Surnames.Length * Middles.Length * Givens.Length;

    public static string Person(int i)
    {
        if (i < 0 || i >= Capacity)
        {
            throw new ArgumentOutOfRangeException(nameof(i), $"At most {Capacity} documents per run.");
        }
        return $"{Surnames[i % Surnames.Length]} {Middles[i / Surnames.Length % Middles.Length]} {Givens[i / (Surnames.Length * Middles.Length)]}";
    }

    public static string Title(int i) => $"Bộ trưởng tiếp đoàn công tác số {i}";

    public static string Text(int i) => $"""
        {Title(i)}

        Ngày {i % 27 + 1}/3/2023, tại Hà Nội, Bộ trưởng Bộ Ngoại giao {Person(i)} tiếp đoàn công tác số {i}.

        Hai bên trao đổi về hợp tác trong thời gian tới.
        """;

    /// <summary>The document number a stored title carries, or null when it is not one of ours.</summary>
    public static int? NumberOf(string title)
    {
        const string prefix = "Bộ trưởng tiếp đoàn công tác số ";
        return title.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(title[prefix.Length..], out var i) ? i : null;
    }

    public static string ExternalId(int i) => $"fault-{i}";
}
