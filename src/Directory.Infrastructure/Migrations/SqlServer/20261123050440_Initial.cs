using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Directory.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Experts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "varchar(120)", unicode: false, maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Affiliation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    BioLv = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    BioEn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Nationwide = table.Column<bool>(type: "bit", nullable: false),
                    Languages = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    HelpKinds = table.Column<int>(type: "int", nullable: false),
                    Availability = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    AvailabilityNote = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: true),
                    Website = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    ContactConsentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Status = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    IsDemo = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NameSortKey = table.Column<string>(type: "varchar(500)", unicode: false, maxLength: 500, nullable: false),
                    NameFolded = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "varchar(40)", unicode: false, maxLength: 40, nullable: false),
                    Slug = table.Column<string>(type: "varchar(80)", unicode: false, maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    NameLv = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Nuts3 = table.Column<string>(type: "varchar(10)", unicode: false, maxLength: 10, nullable: true),
                    IsoCode = table.Column<string>(type: "varchar(10)", unicode: false, maxLength: 10, nullable: true),
                    ParentId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Regions_Regions_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupportAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "varchar(60)", unicode: false, maxLength: 60, nullable: false),
                    NameLv = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    ParentId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportAreas_SupportAreas_ParentId",
                        column: x => x.ParentId,
                        principalTable: "SupportAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TargetGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "varchar(60)", unicode: false, maxLength: 60, nullable: false),
                    NameLv = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExpertWorkAreas",
                columns: table => new
                {
                    ExpertId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpertWorkAreas", x => new { x.ExpertId, x.RegionId });
                    table.ForeignKey(
                        name: "FK_ExpertWorkAreas_Experts_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "Experts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExpertWorkAreas_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ngos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "varchar(120)", unicode: false, maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    LegalForm = table.Column<string>(type: "varchar(30)", unicode: false, maxLength: 30, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "char(11)", unicode: false, fixedLength: true, maxLength: 11, nullable: false),
                    DescriptionLv = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RegisteredMunicipalityId = table.Column<int>(type: "int", nullable: false),
                    Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "varchar(7)", unicode: false, maxLength: 7, nullable: false),
                    Nationwide = table.Column<bool>(type: "bit", nullable: false),
                    Languages = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: true),
                    Website = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    IsMember = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    IsDemo = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NameSortKey = table.Column<string>(type: "varchar(500)", unicode: false, maxLength: 500, nullable: false),
                    NameFolded = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SocialLinks = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ngos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ngos_Regions_RegisteredMunicipalityId",
                        column: x => x.RegisteredMunicipalityId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExpertSupportAreas",
                columns: table => new
                {
                    ExpertId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupportAreaId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpertSupportAreas", x => new { x.ExpertId, x.SupportAreaId });
                    table.ForeignKey(
                        name: "FK_ExpertSupportAreas_Experts_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "Experts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExpertSupportAreas_SupportAreas_SupportAreaId",
                        column: x => x.SupportAreaId,
                        principalTable: "SupportAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NgoSupportAreas",
                columns: table => new
                {
                    NgoId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupportAreaId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NgoSupportAreas", x => new { x.NgoId, x.SupportAreaId });
                    table.ForeignKey(
                        name: "FK_NgoSupportAreas_Ngos_NgoId",
                        column: x => x.NgoId,
                        principalTable: "Ngos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NgoSupportAreas_SupportAreas_SupportAreaId",
                        column: x => x.SupportAreaId,
                        principalTable: "SupportAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NgoTargetGroups",
                columns: table => new
                {
                    NgoId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TargetGroupId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NgoTargetGroups", x => new { x.NgoId, x.TargetGroupId });
                    table.ForeignKey(
                        name: "FK_NgoTargetGroups_Ngos_NgoId",
                        column: x => x.NgoId,
                        principalTable: "Ngos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NgoTargetGroups_TargetGroups_TargetGroupId",
                        column: x => x.TargetGroupId,
                        principalTable: "TargetGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NgoWorkAreas",
                columns: table => new
                {
                    NgoId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NgoWorkAreas", x => new { x.NgoId, x.RegionId });
                    table.ForeignKey(
                        name: "FK_NgoWorkAreas_Ngos_NgoId",
                        column: x => x.NgoId,
                        principalTable: "Ngos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NgoWorkAreas_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Slug",
                table: "Experts",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Status_NameSortKey_Id",
                table: "Experts",
                columns: new[] { "Status", "NameSortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Status_UpdatedAt_Id",
                table: "Experts",
                columns: new[] { "Status", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpertSupportAreas_SupportAreaId_ExpertId",
                table: "ExpertSupportAreas",
                columns: new[] { "SupportAreaId", "ExpertId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpertWorkAreas_RegionId_ExpertId",
                table: "ExpertWorkAreas",
                columns: new[] { "RegionId", "ExpertId" });

            migrationBuilder.CreateIndex(
                name: "IX_Ngos_RegisteredMunicipalityId",
                table: "Ngos",
                column: "RegisteredMunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Ngos_RegistrationNumber",
                table: "Ngos",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ngos_Slug",
                table: "Ngos",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ngos_Status_IsMember",
                table: "Ngos",
                columns: new[] { "Status", "IsMember" });

            migrationBuilder.CreateIndex(
                name: "IX_Ngos_Status_NameSortKey_Id",
                table: "Ngos",
                columns: new[] { "Status", "NameSortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Ngos_Status_UpdatedAt_Id",
                table: "Ngos",
                columns: new[] { "Status", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_NgoSupportAreas_SupportAreaId_NgoId",
                table: "NgoSupportAreas",
                columns: new[] { "SupportAreaId", "NgoId" });

            migrationBuilder.CreateIndex(
                name: "IX_NgoTargetGroups_TargetGroupId_NgoId",
                table: "NgoTargetGroups",
                columns: new[] { "TargetGroupId", "NgoId" });

            migrationBuilder.CreateIndex(
                name: "IX_NgoWorkAreas_RegionId_NgoId",
                table: "NgoWorkAreas",
                columns: new[] { "RegionId", "NgoId" });

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Code",
                table: "Regions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Regions_ParentId",
                table: "Regions",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportAreas_Code",
                table: "SupportAreas",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportAreas_ParentId",
                table: "SupportAreas",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetGroups_Code",
                table: "TargetGroups",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExpertSupportAreas");

            migrationBuilder.DropTable(
                name: "ExpertWorkAreas");

            migrationBuilder.DropTable(
                name: "NgoSupportAreas");

            migrationBuilder.DropTable(
                name: "NgoTargetGroups");

            migrationBuilder.DropTable(
                name: "NgoWorkAreas");

            migrationBuilder.DropTable(
                name: "Experts");

            migrationBuilder.DropTable(
                name: "SupportAreas");

            migrationBuilder.DropTable(
                name: "TargetGroups");

            migrationBuilder.DropTable(
                name: "Ngos");

            migrationBuilder.DropTable(
                name: "Regions");
        }
    }
}
