using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// A listing's schedules packed for a binary doc value, so the next-meeting sort reads them
/// without the stored fields.
/// </summary>
public static class ScheduleBytes
{
    /// <summary>Schedules in 8 bytes each (kind, day, nth, start minutes, date), for next-meeting sorting.</summary>
    public static byte[] Encode(IEnumerable<ListingSchedule> schedules)
    {
        var list = schedules.ToList();
        var bytes = new byte[list.Count * 8];
        for (var i = 0; i < list.Count; i++)
        {
            var s = list[i];
            var at = i * 8;
            bytes[at] = (byte)s.Kind;
            bytes[at + 1] = (byte)(s.Day is { } d ? (int)d + 1 : 0);
            bytes[at + 2] = (byte)(sbyte)(s.Nth ?? 0);
            var minutes = s.Start is { } start ? start.Hour * 60 + start.Minute : 0xFFFF;
            bytes[at + 3] = (byte)(minutes >> 8);
            bytes[at + 4] = (byte)minutes;
            var dayNumber = s.Date?.DayNumber ?? 0;
            bytes[at + 5] = (byte)(dayNumber >> 16);
            bytes[at + 6] = (byte)(dayNumber >> 8);
            bytes[at + 7] = (byte)dayNumber;
        }
        return bytes;
    }

    public static List<ListingSchedule> Decode(ReadOnlySpan<byte> bytes)
    {
        var list = new List<ListingSchedule>(bytes.Length / 8);
        for (var at = 0; at + 8 <= bytes.Length; at += 8)
        {
            var minutes = (bytes[at + 3] << 8) | bytes[at + 4];
            var dayNumber = (bytes[at + 5] << 16) | (bytes[at + 6] << 8) | bytes[at + 7];
            list.Add(new ListingSchedule
            {
                Kind = (ScheduleKind)bytes[at],
                Day = bytes[at + 1] == 0 ? null : (DayOfWeek)(bytes[at + 1] - 1),
                Nth = (sbyte)bytes[at + 2] == 0 ? null : (sbyte)bytes[at + 2],
                Start = minutes == 0xFFFF ? null : new TimeOnly(minutes / 60, minutes % 60),
                Date = dayNumber == 0 ? null : DateOnly.FromDayNumber(dayNumber),
            });
        }
        return list;
    }
}
