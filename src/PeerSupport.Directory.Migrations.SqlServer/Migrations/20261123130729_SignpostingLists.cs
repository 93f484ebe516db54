using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeerSupport.Directory.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SignpostingLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReferrerLists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    EditKeyHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastOpenedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiredAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferrerLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferrerListItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ListId = table.Column<int>(type: "int", nullable: false),
                    ListingId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferrerListItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferrerListItems_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReferrerListItems_ReferrerLists_ListId",
                        column: x => x.ListId,
                        principalTable: "ReferrerLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReferrerListItems_ListId_ListingId",
                table: "ReferrerListItems",
                columns: new[] { "ListId", "ListingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferrerListItems_ListingId",
                table: "ReferrerListItems",
                column: "ListingId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferrerLists_Code",
                table: "ReferrerLists",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferrerLists_EditKeyHash",
                table: "ReferrerLists",
                column: "EditKeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferrerLists_LastOpenedAt",
                table: "ReferrerLists",
                column: "LastOpenedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferrerListItems");

            migrationBuilder.DropTable(
                name: "ReferrerLists");
        }
    }
}
