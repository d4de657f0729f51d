using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Directory.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchInsights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchInsights",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    List = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Asked = table.Column<int>(type: "INTEGER", nullable: false),
                    Empty = table.Column<int>(type: "INTEGER", nullable: false),
                    Partial = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchInsights", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchInsights_Day_List_Query",
                table: "SearchInsights",
                columns: new[] { "Day", "List", "Query" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchInsights");
        }
    }
}
