using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Directory.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LeadInTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LeadInTermsEn",
                table: "TargetGroups",
                type: "nvarchar(3660)",
                maxLength: 3660,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadInTermsLv",
                table: "TargetGroups",
                type: "nvarchar(3660)",
                maxLength: 3660,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TermsVersion",
                table: "TargetGroups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LeadInTermsEn",
                table: "SupportAreas",
                type: "nvarchar(3660)",
                maxLength: 3660,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadInTermsLv",
                table: "SupportAreas",
                type: "nvarchar(3660)",
                maxLength: 3660,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TermsVersion",
                table: "SupportAreas",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeadInTermsEn",
                table: "TargetGroups");

            migrationBuilder.DropColumn(
                name: "LeadInTermsLv",
                table: "TargetGroups");

            migrationBuilder.DropColumn(
                name: "TermsVersion",
                table: "TargetGroups");

            migrationBuilder.DropColumn(
                name: "LeadInTermsEn",
                table: "SupportAreas");

            migrationBuilder.DropColumn(
                name: "LeadInTermsLv",
                table: "SupportAreas");

            migrationBuilder.DropColumn(
                name: "TermsVersion",
                table: "SupportAreas");
        }
    }
}
