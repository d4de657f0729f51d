using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Directory.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ChangesFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Position",
                table: "AuditEntries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "Public",
                table: "AuditEntries",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "FeedHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedHeads", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "FeedHeads",
                columns: new[] { "Id", "Position" },
                values: new object[] { 1, 0L });

            // Entries written before the feed existed keep their order: position = id.
            migrationBuilder.Sql("UPDATE AuditEntries SET Position = Id");
            migrationBuilder.Sql("UPDATE FeedHeads SET Position = (SELECT COALESCE(MAX(Position), 0) FROM AuditEntries) WHERE Id = 1");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Position",
                table: "AuditEntries",
                column: "Position",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedHeads");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Position",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Public",
                table: "AuditEntries");
        }
    }
}
