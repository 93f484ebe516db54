using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeerSupport.Directory.Migrations.SqlServer.Migrations
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
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Listings",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            // Every listing that already exists gets its random id once, here; new ones get it in C#.
            migrationBuilder.Sql("UPDATE [Listings] SET [PublicId] = NEWID();");

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
