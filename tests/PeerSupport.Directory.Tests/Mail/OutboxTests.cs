using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Tests.Mail;

public sealed class OutboxTests : IAsyncLifetime
{
    private TestDirectory directory = null!;

    public async Task InitializeAsync() => directory = await TestDirectory.CreateAsync(withIndex: false);

    public async Task DisposeAsync() => await directory.DisposeAsync();

    private DateTime Now => directory.Clock.GetUtcNow().UtcDateTime;

    private static Email Welcome(string to = "lead@example.org") =>
        new Email(to, "Welcome to the directory") { ReplyTo = "someone@example.net" }
            .Paragraph("Thank you for listing your group & keeping it current.")
            .Link("Confirm your address", "https://directory.example/account/confirm?code=a&b=<c>");

    private async Task QueueAsync(Email email, string key)
    {
        await using var db = directory.NewContext();
        await Outbox.AddAsync(db, email, key, Now);
        await db.SaveChangesAsync();
    }

    private OutboxDelivery Delivery(DirectoryDbContext db, IMailTransport transport, int maxAttempts = 8, int pickupKeepDays = 30) =>
        new(db, transport, Options.Create(new MailOptions { FromAddress = "no-reply@directory.example", MaxAttempts = maxAttempts, PickupKeepDays = pickupKeepDays }),
            directory.Services.GetRequiredService<DataFolder>(), directory.Clock, NullLogger<OutboxDelivery>.Instance);

    private PickupFolderTransport Pickup() =>
        new(Options.Create(new MailOptions()), directory.Services.GetRequiredService<DataFolder>());

    [Fact]
    public async Task A_commit_that_queues_an_email_wakes_the_sender_and_a_rolled_back_one_does_not()
    {
        var signal = directory.Services.GetRequiredService<OutboxSignal>();
        await using (var db = directory.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await Outbox.AddAsync(db, Welcome(), "signal:rolled-back", Now);
            await db.SaveChangesAsync();
            Assert.False(await signal.WaitAsync(TimeSpan.Zero, default), "raised before the commit");
            await transaction.RollbackAsync();
        }
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, default), "raised for a rolled-back email");

        await using (var db = directory.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await Outbox.AddAsync(db, Welcome(), "signal:committed", Now);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, default));

        await QueueAsync(Welcome(), "signal:no-transaction");
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, default));
        await using (var db = directory.NewContext())
        {
            db.ListingDailyCounts.RemoveRange(db.ListingDailyCounts);
            await db.SaveChangesAsync();
        }
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, default), "raised by a save that queued no email");
    }

    private static SmtpTransport Smtp(int port) =>
        new(Options.Create(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = port, SmtpSecurity = "None" }));

    [Fact]
    public async Task The_same_idempotency_key_queues_one_email()
    {
        await QueueAsync(Welcome(), "welcome:1");
        await QueueAsync(Welcome(), "welcome:1");

        await using var db = directory.NewContext();
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task An_email_not_saved_with_its_change_is_never_sent()
    {
        await using (var db = directory.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await Outbox.AddAsync(db, Welcome(), "welcome:rolled-back", Now);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        await using var check = directory.NewContext();
        Assert.Equal(0, await Delivery(check, Pickup()).RunAsync());
    }

    [Fact]
    public async Task Delivery_writes_a_text_and_html_eml_to_the_pickup_folder_once()
    {
        await QueueAsync(Welcome(), "welcome:2");
        var pickup = Pickup();

        await using var db = directory.NewContext();
        Assert.Equal(1, await Delivery(db, pickup).RunAsync());
        Assert.Equal(0, await Delivery(db, pickup).RunAsync());

        var file = Assert.Single(System.IO.Directory.GetFiles(pickup.Folder, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Welcome to the directory", message.Subject);
        Assert.Equal("lead@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("someone@example.net", message.ReplyTo.Mailboxes.Single().Address);
        Assert.Contains("Confirm your address:\nhttps://directory.example/account/confirm?code=a&b=<c>", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://directory.example/account/confirm?code=a&amp;b=&lt;c&gt;\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("group &amp; keeping", message.HtmlBody, StringComparison.Ordinal);
        var row = await db.OutboxMessages.AsNoTracking().SingleAsync();
        Assert.Equal((1, Now), (row.Attempts, row.SentAt));
        Assert.Equal(("", "", null), (row.TextBody, row.HtmlBody, row.ReplyTo));
    }

    [Fact]
    public async Task Sent_and_given_up_emails_are_deleted_after_thirty_days()
    {
        await QueueAsync(Welcome(), "welcome:purge");
        await using var db = directory.NewContext();
        await Delivery(db, Pickup()).RunAsync();

        directory.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await Delivery(db, Pickup()).PurgeAsync());
        directory.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await Delivery(db, Pickup()).PurgeAsync());
        Assert.False(await db.OutboxMessages.AnyAsync());
    }

    [Fact]
    public async Task Pickup_files_are_deleted_with_the_outbox_after_thirty_days()
    {
        await QueueAsync(Welcome(), "welcome:pickup-purge");
        var pickup = Pickup();
        await using var db = directory.NewContext();
        await Delivery(db, pickup).RunAsync();
        var written = Assert.Single(System.IO.Directory.GetFiles(pickup.Folder, "*.eml"));
        File.SetLastWriteTimeUtc(written, Now);

        directory.Clock.Advance(TimeSpan.FromDays(29));
        await Delivery(db, pickup).PurgeAsync();
        Assert.True(File.Exists(written));
        directory.Clock.Advance(TimeSpan.FromDays(2));
        await Delivery(db, pickup).PurgeAsync();
        Assert.False(File.Exists(written));
    }

    [Fact]
    public async Task The_purge_deletes_only_old_eml_files_directly_in_the_pickup_folder()
    {
        var folder = Pickup().Folder;
        var outside = Path.Combine(directory.Folder, "elsewhere");
        System.IO.Directory.CreateDirectory(Path.Combine(folder, "kept"));
        System.IO.Directory.CreateDirectory(outside);
        string Write(string path, TimeSpan age)
        {
            File.WriteAllText(path, "x");
            File.SetLastWriteTimeUtc(path, Now - age);
            return path;
        }
        var old = Write(Path.Combine(folder, "20261020-old.eml"), TimeSpan.FromDays(8));
        var recent = Write(Path.Combine(folder, "20261120-recent.eml"), TimeSpan.FromDays(6));
        var notEml = Write(Path.Combine(folder, "notes.txt"), TimeSpan.FromDays(90));
        var emlx = Write(Path.Combine(folder, "other.emlx"), TimeSpan.FromDays(90));
        var inSubfolder = Write(Path.Combine(folder, "kept", "old.eml"), TimeSpan.FromDays(90));
        var elsewhere = Write(Path.Combine(outside, "old.eml"), TimeSpan.FromDays(90));
        // What a crash while writing leaves behind: old ones go too, one being written now stays.
        var unfinished = Write(Path.Combine(folder, ".20261020-crashed.eml.tmp"), TimeSpan.FromDays(8));
        var writing = Write(Path.Combine(folder, ".20261123-now.eml.tmp"), TimeSpan.Zero);

        await using var db = directory.NewContext();
        await Delivery(db, Pickup(), pickupKeepDays: 7).PurgeAsync();

        Assert.False(File.Exists(old));
        Assert.False(File.Exists(unfinished));
        Assert.All([recent, notEml, emlx, inSubfolder, elsewhere, writing], path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public async Task Smtp_delivery_reaches_a_real_smtp_server()
    {
        await using var server = new LocalSmtpServer();
        await QueueAsync(Welcome("member@example.org"), "welcome:smtp");

        await using var db = directory.NewContext();
        Assert.Equal(1, await Delivery(db, Smtp(server.Port)).RunAsync());

        var received = Assert.Single(server.Received);
        Assert.Equal("Welcome to the directory", received.Subject);
        Assert.Equal("member@example.org", received.To.Mailboxes.Single().Address);
        Assert.NotNull(received.TextBody);
        Assert.NotNull(received.HtmlBody);
    }

    [Fact]
    public async Task Two_delivery_runs_at_once_send_each_email_once()
    {
        await using var server = new LocalSmtpServer();
        for (var i = 0; i < 6; i++)
        {
            await QueueAsync(Welcome($"member{i}@example.org"), $"welcome:race:{i}");
        }

        await using var first = directory.NewContext();
        await using var second = directory.NewContext();
        var sent = await Task.WhenAll(Delivery(first, Smtp(server.Port)).RunAsync(), Delivery(second, Smtp(server.Port)).RunAsync());

        Assert.Equal(6, sent.Sum());
        Assert.Equal(6, server.Received.Count);
        Assert.Equal(6, server.Received.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task A_failing_server_backs_off_then_gives_up_and_an_admin_retry_starts_again()
    {
        await QueueAsync(Welcome(), "welcome:down");
        var closedPort = ClosedPort();
        await using var db = directory.NewContext();
        var delivery = Delivery(db, Smtp(closedPort), maxAttempts: 3);

        Assert.Equal(0, await delivery.RunAsync());
        var row = await db.OutboxMessages.AsNoTracking().SingleAsync();
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.LastError);
        Assert.Equal(Now.AddMinutes(1), row.NextAttemptAt);

        Assert.Equal(0, await delivery.RunAsync());
        Assert.Equal(1, (await db.OutboxMessages.AsNoTracking().SingleAsync()).Attempts);

        directory.Clock.Advance(TimeSpan.FromMinutes(1));
        await delivery.RunAsync();
        directory.Clock.Advance(TimeSpan.FromMinutes(2));
        await delivery.RunAsync();
        row = await db.OutboxMessages.AsNoTracking().SingleAsync();
        Assert.Equal(3, row.Attempts);
        Assert.Equal(Now, row.GaveUpAt);

        directory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await delivery.RunAsync());

        await using var server = new LocalSmtpServer();
        await OutboxDelivery.RetryAsync(db, row.Id, Now);
        Assert.Equal(1, await Delivery(db, Smtp(server.Port)).RunAsync());
        Assert.Single(server.Received);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(20, 360)]
    public void Back_off_doubles_up_to_six_hours(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), OutboxDelivery.Backoff(attempts));

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
