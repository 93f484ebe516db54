using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// A listing's schedules packed for a binary doc value, so the next-meeting sort and the
/// session window (<see cref="SessionWindow"/>) read them without the stored fields.
/// </summary>
public static class ScheduleBytes
{
    /// <summary>Bytes a schedule takes: kind, day, nth, start minutes (2), date (3), end minutes (2).</summary>
    private const int Size = 10;

    /// <summary>Minutes of a time not given (by arrangement, no end).</summary>
    private const int NoTime = 0xFFFF;

    public static byte[] Encode(IEnumerable<ListingSchedule> schedules)
    {
        var list = schedules.ToList();
        var bytes = new byte[list.Count * Size];
        for (var i = 0; i < list.Count; i++)
        {
            var s = list[i];
            var at = i * Size;
            bytes[at] = (byte)s.Kind;
            bytes[at + 1] = (byte)(s.Day is { } d ? (int)d + 1 : 0);
            bytes[at + 2] = (byte)(sbyte)(s.Nth ?? 0);
            WriteMinutes(bytes.AsSpan(at + 3), s.Start);
            var dayNumber = s.Date?.DayNumber ?? 0;
            bytes[at + 5] = (byte)(dayNumber >> 16);
            bytes[at + 6] = (byte)(dayNumber >> 8);
            bytes[at + 7] = (byte)dayNumber;
            WriteMinutes(bytes.AsSpan(at + 8), s.End);
        }
        return bytes;
    }

    public static List<ListingSchedule> Decode(ReadOnlySpan<byte> bytes)
    {
        var list = new List<ListingSchedule>(bytes.Length / Size);
        for (var at = 0; at + Size <= bytes.Length; at += Size)
        {
            var dayNumber = (bytes[at + 5] << 16) | (bytes[at + 6] << 8) | bytes[at + 7];
            list.Add(new ListingSchedule
            {
                Kind = (ScheduleKind)bytes[at],
                Day = bytes[at + 1] == 0 ? null : (DayOfWeek)(bytes[at + 1] - 1),
                Nth = (sbyte)bytes[at + 2] == 0 ? null : (sbyte)bytes[at + 2],
                Start = ReadMinutes(bytes[(at + 3)..]),
                Date = dayNumber == 0 ? null : DateOnly.FromDayNumber(dayNumber),
                End = ReadMinutes(bytes[(at + 8)..]),
            });
        }
        return list;
    }

    private static void WriteMinutes(Span<byte> to, TimeOnly? time)
    {
        var minutes = time is { } t ? t.Hour * 60 + t.Minute : NoTime;
        to[0] = (byte)(minutes >> 8);
        to[1] = (byte)minutes;
    }

    private static TimeOnly? ReadMinutes(ReadOnlySpan<byte> from)
    {
        var minutes = (from[0] << 8) | from[1];
        return minutes == NoTime ? null : new TimeOnly(minutes / 60, minutes % 60);
    }
}
