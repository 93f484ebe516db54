using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeerSupport.Directory.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Freshness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FreshnessSnapshots",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Published = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfirmedWithin90Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Due = table.Column<int>(type: "INTEGER", nullable: false),
                    Overdue = table.Column<int>(type: "INTEGER", nullable: false),
                    Lapsed = table.Column<int>(type: "INTEGER", nullable: false),
                    Paused = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FreshnessSnapshots", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "LinkChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ListingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LastCheckedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastResult = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    FlaggedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LinkChecks_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OneClickUses",
                columns: table => new
                {
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ListingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneClickUses", x => x.Nonce);
                    table.ForeignKey(
                        name: "FK_OneClickUses_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LinkChecks_ListingId_Url",
                table: "LinkChecks",
                columns: new[] { "ListingId", "Url" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OneClickUses_ListingId",
                table: "OneClickUses",
                column: "ListingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FreshnessSnapshots");

            migrationBuilder.DropTable(
                name: "LinkChecks");

            migrationBuilder.DropTable(
                name: "OneClickUses");
        }
    }
}
