using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeerSupport.Directory.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuthenticatorReplay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastAuthenticatorStep",
                table: "AspNetUsers",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastAuthenticatorStep",
                table: "AspNetUsers");
        }
    }
}
