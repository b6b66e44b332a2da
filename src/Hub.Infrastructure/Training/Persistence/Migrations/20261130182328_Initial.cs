using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hub.Infrastructure.Training.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "training");

            migrationBuilder.CreateTable(
                name: "certificates",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    founder_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    holder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    module_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    hours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cohort_members",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    intake_id = table.Column<Guid>(type: "uuid", nullable: false),
                    founder_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cohort_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_entries",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    founder_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    format = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentoring_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    intake_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    participant_count = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    mode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    trainer_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attendance_taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_modules",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_mn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    planned_hours = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_modules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                schema: "training",
                columns: table => new
                {
                    row_id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    founder_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    enrolled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participants", x => x.row_id);
                    table.ForeignKey(
                        name: "fk_participants_programmes_programme_id",
                        column: x => x.programme_id,
                        principalSchema: "training",
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attendance",
                schema: "training",
                columns: table => new
                {
                    row_id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    founder_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance", x => x.row_id);
                    table.ForeignKey(
                        name: "fk_attendance_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "training",
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attendance_corrections",
                schema: "training",
                columns: table => new
                {
                    row_id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    founder_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    old_status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    new_status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    corrected_by = table.Column<Guid>(type: "uuid", nullable: false),
                    corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance_corrections", x => x.row_id);
                    table.ForeignKey(
                        name: "fk_attendance_corrections_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "training",
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "session_reminders",
                schema: "training",
                columns: table => new
                {
                    row_id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    founder_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_reminders", x => x.row_id);
                    table.ForeignKey(
                        name: "fk_session_reminders_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "training",
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "topics",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_mn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    hours = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    module_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_topics", x => x.id);
                    table.ForeignKey(
                        name: "fk_topics_training_modules_module_id",
                        column: x => x.module_id,
                        principalSchema: "training",
                        principalTable: "training_modules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_founder_user_id_status",
                schema: "training",
                table: "attendance",
                columns: new[] { "founder_user_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_session_id_founder_user_id",
                schema: "training",
                table: "attendance",
                columns: new[] { "session_id", "founder_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_attendance_corrections_session_id",
                schema: "training",
                table: "attendance_corrections",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_code",
                schema: "training",
                table: "certificates",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificates_founder_user_id_module_id",
                schema: "training",
                table: "certificates",
                columns: new[] { "founder_user_id", "module_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cohort_members_intake_id_founder_user_id",
                schema: "training",
                table: "cohort_members",
                columns: new[] { "intake_id", "founder_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_event_id_handler",
                schema: "training",
                table: "inbox_messages",
                columns: new[] { "event_id", "handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_pending",
                schema: "training",
                table: "inbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_mentoring_entries_founder_user_id",
                schema: "training",
                table: "mentoring_entries",
                column: "founder_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "training",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_participants_founder_user_id",
                schema: "training",
                table: "participants",
                column: "founder_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_participants_programme_id_founder_user_id",
                schema: "training",
                table: "participants",
                columns: new[] { "programme_id", "founder_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programmes_created_at",
                schema: "training",
                table: "programmes",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_programmes_intake_id",
                schema: "training",
                table: "programmes",
                column: "intake_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_reminders_session_id_founder_user_id",
                schema: "training",
                table: "session_reminders",
                columns: new[] { "session_id", "founder_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_programme_id_starts_at",
                schema: "training",
                table: "sessions",
                columns: new[] { "programme_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_starts_at",
                schema: "training",
                table: "sessions",
                column: "starts_at");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_trainer_user_id_starts_at",
                schema: "training",
                table: "sessions",
                columns: new[] { "trainer_user_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_topics_module_id",
                schema: "training",
                table: "topics",
                column: "module_id");

            migrationBuilder.CreateIndex(
                name: "ix_training_modules_code",
                schema: "training",
                table: "training_modules",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance",
                schema: "training");

            migrationBuilder.DropTable(
                name: "attendance_corrections",
                schema: "training");

            migrationBuilder.DropTable(
                name: "certificates",
                schema: "training");

            migrationBuilder.DropTable(
                name: "cohort_members",
                schema: "training");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "training");

            migrationBuilder.DropTable(
                name: "mentoring_entries",
                schema: "training");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "training");

            migrationBuilder.DropTable(
                name: "participants",
                schema: "training");

            migrationBuilder.DropTable(
                name: "session_reminders",
                schema: "training");

            migrationBuilder.DropTable(
                name: "topics",
                schema: "training");

            migrationBuilder.DropTable(
                name: "programmes",
                schema: "training");

            migrationBuilder.DropTable(
                name: "sessions",
                schema: "training");

            migrationBuilder.DropTable(
                name: "training_modules",
                schema: "training");
        }
    }
}
