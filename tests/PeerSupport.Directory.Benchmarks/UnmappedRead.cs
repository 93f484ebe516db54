using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// For <c>stress --crash-after</c>, which checks that the watcher records a crash: the faulting
/// pattern of apache/lucenenet#1013 in a few lines. A view's address is kept, the view is
/// unmapped, and the address is read: an <see cref="AccessViolationException"/> that no handler
/// can catch.
/// </summary>
internal static class UnmappedRead
{
    public static void Crash(string folder)
    {
        var file = Path.Combine(folder, "unmapped-read.bin");
        File.WriteAllBytes(file, new byte[1 << 16]);
        IntPtr address;
        using (var mapped = MemoryMappedFile.CreateFromFile(file, FileMode.Open, null, 0, MemoryMappedFileAccess.Read))
        using (var view = mapped.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read))
        {
            address = view.SafeMemoryMappedViewHandle.DangerousGetHandle();
        }
        Console.WriteLine(Marshal.ReadByte(address, 4096));
    }
}
