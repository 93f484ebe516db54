using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeerSupport.Directory.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListingPublicId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PublicId",
                table: "Listings",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Listings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            // Every listing that already exists gets its random (version 4) id once, here; new ones get it in C#.
            // EF Core keeps a Guid on SQLite as upper-case text.
            migrationBuilder.Sql("""
                UPDATE Listings SET PublicId = upper(
                    substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
                    substr('89AB', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12))
                FROM (SELECT Id AS ListingId, hex(randomblob(16)) AS h FROM Listings) AS r
                WHERE Listings.Id = r.ListingId;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Listings_PublicId",
                table: "Listings",
                column: "PublicId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Listings_PublicId",
                table: "Listings");

            migrationBuilder.DropColumn(
                name: "PublicId",
                table: "Listings");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Listings");
        }
    }
}
