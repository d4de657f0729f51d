IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE TABLE [Experts] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] varchar(120) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Affiliation] nvarchar(200) NULL,
        [BioLv] nvarchar(2000) NOT NULL,
        [BioEn] nvarchar(2000) NULL,
        [Nationwide] bit NOT NULL,
        [Languages] nvarchar(100) NOT NULL,
        [HelpKinds] int NOT NULL,
        [Availability] varchar(20) NOT NULL,
        [AvailabilityNote] nvarchar(200) NULL,
        [Email] nvarchar(254) NULL,
        [Phone] varchar(12) NULL,
        [Website] nvarchar(400) NULL,
        [ContactConsentAt] datetime2 NULL,
        [Status] varchar(20) NOT NULL,
        [IsDemo] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [NameSortKey] varchar(500) NOT NULL,
        [NameFolded] nvarchar(200) NOT NULL,
        [SearchText] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Experts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE TABLE [Regions] (
        [Id] int NOT NULL IDENTITY,
        [Code] varchar(40) NOT NULL,
        [Slug] varchar(80) NOT NULL,
        [Kind] varchar(20) NOT NULL,
        [NameLv] nvarchar(100) NOT NULL,
        [NameEn] nvarchar(100) NOT NULL,
        [Nuts3] varchar(10) NULL,
        [IsoCode] varchar(10) NULL,
        [ParentId] int NULL,
        CONSTRAINT [PK_Regions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Regions_Regions_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [Regions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE TABLE [SupportAreas] (
        [Id] int NOT NULL IDENTITY,
        [Code] varchar(60) NOT NULL,
        [NameLv] nvarchar(120) NOT NULL,
        [NameEn] nvarchar(120) NOT NULL,
        [Position] int NOT NULL,
        [ParentId] int NULL,
        CONSTRAINT [PK_SupportAreas] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupportAreas_SupportAreas_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [SupportAreas] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE TABLE [TargetGroups] (
        [Id] int NOT NULL IDENTITY,
        [Code] varchar(60) NOT NULL,
        [NameLv] nvarchar(120) NOT NULL,
        [NameEn] nvarchar(120) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_TargetGroups] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE TABLE [ExpertWorkAreas] (
        [ExpertId] uniqueidentifier NOT NULL,
        [RegionId] int NOT NULL,
        CONSTRAINT [PK_ExpertWorkAreas] PRIMARY KEY ([ExpertId], [RegionId]),
        CONSTRAINT [FK_ExpertWorkAreas_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ExpertWorkAreas_Regions_RegionId] FOREIGN KEY ([RegionId]) REFERENCES [Regions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE TABLE [Ngos] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] varchar(120) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [ShortName] nvarchar(60) NULL,
        [LegalForm] varchar(30) NOT NULL,
        [RegistrationNumber] char(11) NOT NULL,
        [DescriptionLv] nvarchar(2000) NOT NULL,
        [DescriptionEn] nvarchar(2000) NULL,
        [RegisteredMunicipalityId] int NOT NULL,
        [Address] nvarchar(200) NOT NULL,
        [PostalCode] varchar(7) NOT NULL,
        [Nationwide] bit NOT NULL,
        [Languages] nvarchar(100) NOT NULL,
        [Email] nvarchar(254) NULL,
        [Phone] varchar(12) NULL,
        [Website] nvarchar(400) NULL,
        [IsMember] bit NOT NULL,
        [Status] varchar(20) NOT NULL,
        [IsDemo] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [NameSortKey] varchar(500) NOT NULL,
        [NameFolded] nvarchar(200) NOT NULL,
        [SearchText] nvarchar(max) NOT NULL,
        [SocialLinks] nvarchar(max) NULL,
        CONSTRAINT [PK_Ngos] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Ngos_Regions_RegisteredMunicipalityId] FOREIGN KEY ([RegisteredMunicipalityId]) REFERENCES [Regions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE TABLE [ExpertSupportAreas] (
        [ExpertId] uniqueidentifier NOT NULL,
        [SupportAreaId] int NOT NULL,
        CONSTRAINT [PK_ExpertSupportAreas] PRIMARY KEY ([ExpertId], [SupportAreaId]),
        CONSTRAINT [FK_ExpertSupportAreas_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ExpertSupportAreas_SupportAreas_SupportAreaId] FOREIGN KEY ([SupportAreaId]) REFERENCES [SupportAreas] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE TABLE [NgoSupportAreas] (
        [NgoId] uniqueidentifier NOT NULL,
        [SupportAreaId] int NOT NULL,
        CONSTRAINT [PK_NgoSupportAreas] PRIMARY KEY ([NgoId], [SupportAreaId]),
        CONSTRAINT [FK_NgoSupportAreas_Ngos_NgoId] FOREIGN KEY ([NgoId]) REFERENCES [Ngos] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_NgoSupportAreas_SupportAreas_SupportAreaId] FOREIGN KEY ([SupportAreaId]) REFERENCES [SupportAreas] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE TABLE [NgoTargetGroups] (
        [NgoId] uniqueidentifier NOT NULL,
        [TargetGroupId] int NOT NULL,
        CONSTRAINT [PK_NgoTargetGroups] PRIMARY KEY ([NgoId], [TargetGroupId]),
        CONSTRAINT [FK_NgoTargetGroups_Ngos_NgoId] FOREIGN KEY ([NgoId]) REFERENCES [Ngos] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_NgoTargetGroups_TargetGroups_TargetGroupId] FOREIGN KEY ([TargetGroupId]) REFERENCES [TargetGroups] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE TABLE [NgoWorkAreas] (
        [NgoId] uniqueidentifier NOT NULL,
        [RegionId] int NOT NULL,
        CONSTRAINT [PK_NgoWorkAreas] PRIMARY KEY ([NgoId], [RegionId]),
        CONSTRAINT [FK_NgoWorkAreas_Ngos_NgoId] FOREIGN KEY ([NgoId]) REFERENCES [Ngos] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_NgoWorkAreas_Regions_RegionId] FOREIGN KEY ([RegionId]) REFERENCES [Regions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Experts_Slug] ON [Experts] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_Experts_Status_NameSortKey_Id] ON [Experts] ([Status], [NameSortKey], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_Experts_Status_UpdatedAt_Id] ON [Experts] ([Status], [UpdatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_ExpertSupportAreas_SupportAreaId_ExpertId] ON [ExpertSupportAreas] ([SupportAreaId], [ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_ExpertWorkAreas_RegionId_ExpertId] ON [ExpertWorkAreas] ([RegionId], [ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_Ngos_RegisteredMunicipalityId] ON [Ngos] ([RegisteredMunicipalityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Ngos_RegistrationNumber] ON [Ngos] ([RegistrationNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Ngos_Slug] ON [Ngos] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_Ngos_Status_IsMember] ON [Ngos] ([Status], [IsMember]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_Ngos_Status_NameSortKey_Id] ON [Ngos] ([Status], [NameSortKey], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_Ngos_Status_UpdatedAt_Id] ON [Ngos] ([Status], [UpdatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_NgoSupportAreas_SupportAreaId_NgoId] ON [NgoSupportAreas] ([SupportAreaId], [NgoId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_NgoTargetGroups_TargetGroupId_NgoId] ON [NgoTargetGroups] ([TargetGroupId], [NgoId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_NgoWorkAreas_RegionId_NgoId] ON [NgoWorkAreas] ([RegionId], [NgoId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Regions_Code] ON [Regions] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_Regions_ParentId] ON [Regions] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SupportAreas_Code] ON [SupportAreas] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE INDEX [IX_SupportAreas_ParentId] ON [SupportAreas] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TargetGroups_Code] ON [TargetGroups] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123050440_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123050440_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123053612_WriteSide'
)
BEGIN
    ALTER TABLE [Ngos] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123053612_WriteSide'
)
BEGIN
    ALTER TABLE [Experts] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123053612_WriteSide'
)
BEGIN
    CREATE TABLE [ApiKeys] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Role] varchar(20) NOT NULL,
        [KeyHash] char(64) NOT NULL,
        [Prefix] varchar(12) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [RevokedAt] datetime2 NULL,
        CONSTRAINT [PK_ApiKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123053612_WriteSide'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [EntityType] varchar(20) NOT NULL,
        [EntityId] uniqueidentifier NOT NULL,
        [Action] varchar(20) NOT NULL,
        [Actor] nvarchar(200) NOT NULL,
        [At] datetime2 NOT NULL,
        [Changes] nvarchar(max) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123053612_WriteSide'
)
BEGIN
    CREATE TABLE [IdempotencyRecords] (
        [Key] nvarchar(100) NOT NULL,
        [Actor] nvarchar(200) NOT NULL,
        [RequestHash] varchar(64) NOT NULL,
        [StatusCode] int NOT NULL,
        [Location] nvarchar(400) NULL,
        [ETag] nvarchar(100) NULL,
        [Body] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_IdempotencyRecords] PRIMARY KEY ([Actor], [Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123053612_WriteSide'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiKeys_KeyHash] ON [ApiKeys] ([KeyHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123053612_WriteSide'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId_Id] ON [AuditEntries] ([EntityType], [EntityId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123053612_WriteSide'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123053612_WriteSide', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123060354_ChangesFeed'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [Position] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123060354_ChangesFeed'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [Public] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123060354_ChangesFeed'
)
BEGIN
    CREATE TABLE [FeedHeads] (
        [Id] int NOT NULL,
        [Position] bigint NOT NULL,
        CONSTRAINT [PK_FeedHeads] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123060354_ChangesFeed'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Position') AND [object_id] = OBJECT_ID(N'[FeedHeads]'))
        SET IDENTITY_INSERT [FeedHeads] ON;
    EXEC(N'INSERT INTO [FeedHeads] ([Id], [Position])
    VALUES (1, CAST(0 AS bigint))');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Position') AND [object_id] = OBJECT_ID(N'[FeedHeads]'))
        SET IDENTITY_INSERT [FeedHeads] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123060354_ChangesFeed'
)
BEGIN
    UPDATE AuditEntries SET Position = Id
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123060354_ChangesFeed'
)
BEGIN
    UPDATE FeedHeads SET Position = (SELECT COALESCE(MAX(Position), 0) FROM AuditEntries) WHERE Id = 1
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123060354_ChangesFeed'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AuditEntries_Position] ON [AuditEntries] ([Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123060354_ChangesFeed'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123060354_ChangesFeed', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123090236_ReferenceVersion'
)
BEGIN
    ALTER TABLE [FeedHeads] ADD [ReferenceVersion] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123090236_ReferenceVersion'
)
BEGIN
    EXEC(N'UPDATE [FeedHeads] SET [ReferenceVersion] = CAST(0 AS bigint)
    WHERE [Id] = 1;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123090236_ReferenceVersion'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123090236_ReferenceVersion', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123211239_LatvianSearch'
)
BEGIN
    UPDATE Ngos SET NameSortKey = ''
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123211239_LatvianSearch'
)
BEGIN
    UPDATE Experts SET NameSortKey = ''
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123211239_LatvianSearch'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Ngos]') AND [c].[name] = N'NameFolded');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Ngos] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Ngos] DROP COLUMN [NameFolded];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123211239_LatvianSearch'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Ngos]') AND [c].[name] = N'SearchText');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [Ngos] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [Ngos] DROP COLUMN [SearchText];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123211239_LatvianSearch'
)
BEGIN
    DECLARE @var2 nvarchar(max);
    SELECT @var2 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Experts]') AND [c].[name] = N'NameFolded');
    IF @var2 IS NOT NULL EXEC(N'ALTER TABLE [Experts] DROP CONSTRAINT ' + @var2 + ';');
    ALTER TABLE [Experts] DROP COLUMN [NameFolded];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123211239_LatvianSearch'
)
BEGIN
    DECLARE @var3 nvarchar(max);
    SELECT @var3 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Experts]') AND [c].[name] = N'SearchText');
    IF @var3 IS NOT NULL EXEC(N'ALTER TABLE [Experts] DROP CONSTRAINT ' + @var3 + ';');
    ALTER TABLE [Experts] DROP COLUMN [SearchText];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123211239_LatvianSearch'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123211239_LatvianSearch', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205192822_LeadInTerms'
)
BEGIN
    ALTER TABLE [TargetGroups] ADD [LeadInTermsEn] nvarchar(3660) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205192822_LeadInTerms'
)
BEGIN
    ALTER TABLE [TargetGroups] ADD [LeadInTermsLv] nvarchar(3660) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205192822_LeadInTerms'
)
BEGIN
    ALTER TABLE [TargetGroups] ADD [TermsVersion] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205192822_LeadInTerms'
)
BEGIN
    ALTER TABLE [SupportAreas] ADD [LeadInTermsEn] nvarchar(3660) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205192822_LeadInTerms'
)
BEGIN
    ALTER TABLE [SupportAreas] ADD [LeadInTermsLv] nvarchar(3660) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205192822_LeadInTerms'
)
BEGIN
    ALTER TABLE [SupportAreas] ADD [TermsVersion] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205192822_LeadInTerms'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205192822_LeadInTerms', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205195932_SearchInsights'
)
BEGIN
    CREATE TABLE [SearchInsights] (
        [Id] bigint NOT NULL IDENTITY,
        [Day] date NOT NULL,
        [List] varchar(10) NOT NULL,
        [Query] nvarchar(200) NOT NULL,
        [Asked] int NOT NULL,
        [Empty] int NOT NULL,
        [Partial] int NOT NULL,
        CONSTRAINT [PK_SearchInsights] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205195932_SearchInsights'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SearchInsights_Day_List_Query] ON [SearchInsights] ([Day], [List], [Query]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205195932_SearchInsights'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205195932_SearchInsights', N'10.0.14');
END;

COMMIT;
GO

