using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeerSupport.Directory.Migrations.SqlServer.Migrations
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
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Published = table.Column<int>(type: "int", nullable: false),
                    ConfirmedWithin90Days = table.Column<int>(type: "int", nullable: false),
                    Due = table.Column<int>(type: "int", nullable: false),
                    Overdue = table.Column<int>(type: "int", nullable: false),
                    Lapsed = table.Column<int>(type: "int", nullable: false),
                    Paused = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FreshnessSnapshots", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "LinkChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ListingId = table.Column<int>(type: "int", nullable: false),
                    Url = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    LastCheckedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastResult = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "int", nullable: false),
                    FlaggedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                    Nonce = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ListingId = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UsedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
