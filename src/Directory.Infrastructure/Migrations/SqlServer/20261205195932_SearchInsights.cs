using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Directory.Infrastructure.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    List = table.Column<string>(type: "varchar(10)", unicode: false, maxLength: 10, nullable: false),
                    Query = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Asked = table.Column<int>(type: "int", nullable: false),
                    Empty = table.Column<int>(type: "int", nullable: false),
                    Partial = table.Column<int>(type: "int", nullable: false)
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
