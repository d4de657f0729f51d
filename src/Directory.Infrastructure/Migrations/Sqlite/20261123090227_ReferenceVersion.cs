using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Directory.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReferenceVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ReferenceVersion",
                table: "FeedHeads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.UpdateData(
                table: "FeedHeads",
                keyColumn: "Id",
                keyValue: 1,
                column: "ReferenceVersion",
                value: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReferenceVersion",
                table: "FeedHeads");
        }
    }
}
