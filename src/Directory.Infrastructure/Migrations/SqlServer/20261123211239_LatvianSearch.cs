using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Directory.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LatvianSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The names' sort keys follow Latvian order as CLDR 45 has it (ā ē ī ū ō ŗ are letters, y
            // before ī). The rule is .NET code (LatvianText.SortKey), so the migration marks every key
            // stale and DatabaseInitializer.RefreshStaleSortKeysAsync recomputes them on the next start.
            migrationBuilder.Sql("UPDATE Ngos SET NameSortKey = ''");
            migrationBuilder.Sql("UPDATE Experts SET NameSortKey = ''");

            migrationBuilder.DropColumn(
                name: "NameFolded",
                table: "Ngos");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Ngos");

            migrationBuilder.DropColumn(
                name: "NameFolded",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Experts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE Ngos SET NameSortKey = ''");
            migrationBuilder.Sql("UPDATE Experts SET NameSortKey = ''");

            migrationBuilder.AddColumn<string>(
                name: "NameFolded",
                table: "Ngos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Ngos",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameFolded",
                table: "Experts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Experts",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");
        }
    }
}
