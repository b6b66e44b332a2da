using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Infrastructure.SeedCapital.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "seed_capital");

            migrationBuilder.CreateTable(
                name: "calls",
                schema: "seed_capital",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    min_score = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    criteria = table.Column<string>(type: "jsonb", nullable: false),
                    opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    evaluation_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    allows_teams_without_application = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    evaluators = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    reminders_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    award = table.Column<string>(type: "jsonb", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    budget_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    budget_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    max_grant_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    max_grant_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calls", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_rates",
                schema: "seed_capital",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    units_per_eur = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exchange_rates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "grants",
                schema: "seed_capital",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    founder_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    venture_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    audit_trail = table.Column<string>(type: "jsonb", nullable: false),
                    amount_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    amount_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "seed_capital",
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
                name: "outbox_messages",
                schema: "seed_capital",
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
                name: "proposals",
                schema: "seed_capital",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    founder_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    venture_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    budget_lines = table.Column<string>(type: "jsonb", nullable: false),
                    milestones = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    awarded_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    requested_amount_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    requested_amount_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tranches",
                schema: "seed_capital",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    grant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    milestone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    disbursement = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tranches", x => new { x.grant_id, x.number });
                    table.ForeignKey(
                        name: "fk_tranches_grants_grant_id",
                        column: x => x.grant_id,
                        principalSchema: "seed_capital",
                        principalTable: "grants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                schema: "seed_capital",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    evaluator_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    conflict_of_interest = table.Column<bool>(type: "boolean", nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: false),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluations_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalSchema: "seed_capital",
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_calls_evaluation_deadline",
                schema: "seed_capital",
                table: "calls",
                column: "evaluation_deadline");

            migrationBuilder.CreateIndex(
                name: "ix_calls_status_closes_at",
                schema: "seed_capital",
                table: "calls",
                columns: new[] { "status", "closes_at" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_proposal_id_evaluator_user_id",
                schema: "seed_capital",
                table: "evaluations",
                columns: new[] { "proposal_id", "evaluator_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_exchange_rates_currency_day",
                schema: "seed_capital",
                table: "exchange_rates",
                columns: new[] { "currency", "day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_call_id_awarded_at",
                schema: "seed_capital",
                table: "grants",
                columns: new[] { "call_id", "awarded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_founder_user_id_awarded_at",
                schema: "seed_capital",
                table: "grants",
                columns: new[] { "founder_user_id", "awarded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_proposal_id",
                schema: "seed_capital",
                table: "grants",
                column: "proposal_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_event_id_handler",
                schema: "seed_capital",
                table: "inbox_messages",
                columns: new[] { "event_id", "handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_pending",
                schema: "seed_capital",
                table: "inbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "seed_capital",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_call_id_status_submitted_at",
                schema: "seed_capital",
                table: "proposals",
                columns: new[] { "call_id", "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ux_proposals_one_per_founder_and_call",
                schema: "seed_capital",
                table: "proposals",
                columns: new[] { "call_id", "founder_user_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calls",
                schema: "seed_capital");

            migrationBuilder.DropTable(
                name: "evaluations",
                schema: "seed_capital");

            migrationBuilder.DropTable(
                name: "exchange_rates",
                schema: "seed_capital");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "seed_capital");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "seed_capital");

            migrationBuilder.DropTable(
                name: "tranches",
                schema: "seed_capital");

            migrationBuilder.DropTable(
                name: "proposals",
                schema: "seed_capital");

            migrationBuilder.DropTable(
                name: "grants",
                schema: "seed_capital");
        }
    }
}
