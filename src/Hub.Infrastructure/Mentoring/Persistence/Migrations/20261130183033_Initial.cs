using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Infrastructure.Mentoring.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "mentoring");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "mentoring",
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
                name: "matching_runs",
                schema: "mentoring",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    intake_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    failure_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    pins = table.Column<string>(type: "jsonb", nullable: false),
                    forbids = table.Column<string>(type: "jsonb", nullable: false),
                    candidates = table.Column<string>(type: "jsonb", nullable: false),
                    assignments = table.Column<string>(type: "jsonb", nullable: false),
                    unmatched = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    total_score = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    scored_on = table.Column<DateOnly>(type: "date", nullable: true),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matching_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mentees",
                schema: "mentoring",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    intake_id = table.Column<Guid>(type: "uuid", nullable: false),
                    founder_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    founder_full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    venture_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sector = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    languages = table.Column<string[]>(type: "text[]", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentees", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mentors",
                schema: "mentoring",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    languages = table.Column<string[]>(type: "text[]", nullable: false),
                    expertise = table.Column<string[]>(type: "text[]", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    bio = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mentorships",
                schema: "mentoring",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matching_run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    intake_id = table.Column<Guid>(type: "uuid", nullable: false),
                    founder_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    venture_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    score = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    last_session_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reminded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentorships", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "mentoring",
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
                name: "mentor_conflicts",
                schema: "mentoring",
                columns: table => new
                {
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    declared_by = table.Column<Guid>(type: "uuid", nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentor_conflicts", x => new { x.mentor_id, x.application_id });
                    table.ForeignKey(
                        name: "fk_mentor_conflicts_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalSchema: "mentoring",
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_sessions",
                schema: "mentoring",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    topics = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    actions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    logged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rating = table.Column<int>(type: "integer", nullable: true),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    mentorship_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentoring_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_mentoring_sessions_mentorships_mentorship_id",
                        column: x => x.mentorship_id,
                        principalSchema: "mentoring",
                        principalTable: "mentorships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_event_id_handler",
                schema: "mentoring",
                table: "inbox_messages",
                columns: new[] { "event_id", "handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_pending",
                schema: "mentoring",
                table: "inbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_matching_runs_intake_id_requested_at",
                schema: "mentoring",
                table: "matching_runs",
                columns: new[] { "intake_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_mentees_intake_id",
                schema: "mentoring",
                table: "mentees",
                column: "intake_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentoring_sessions_mentorship_id",
                schema: "mentoring",
                table: "mentoring_sessions",
                column: "mentorship_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentors_email",
                schema: "mentoring",
                table: "mentors",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mentors_user_id",
                schema: "mentoring",
                table: "mentors",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentorships_application_id_status",
                schema: "mentoring",
                table: "mentorships",
                columns: new[] { "application_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_mentorships_founder_user_id_status",
                schema: "mentoring",
                table: "mentorships",
                columns: new[] { "founder_user_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_mentorships_mentor_id_status",
                schema: "mentoring",
                table: "mentorships",
                columns: new[] { "mentor_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "mentoring",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "mentoring");

            migrationBuilder.DropTable(
                name: "matching_runs",
                schema: "mentoring");

            migrationBuilder.DropTable(
                name: "mentees",
                schema: "mentoring");

            migrationBuilder.DropTable(
                name: "mentor_conflicts",
                schema: "mentoring");

            migrationBuilder.DropTable(
                name: "mentoring_sessions",
                schema: "mentoring");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "mentoring");

            migrationBuilder.DropTable(
                name: "mentors",
                schema: "mentoring");

            migrationBuilder.DropTable(
                name: "mentorships",
                schema: "mentoring");
        }
    }
}
