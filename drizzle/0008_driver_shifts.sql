CREATE TYPE "public"."shift_end_reason" AS ENUM('went_offline', 'no_pings');--> statement-breakpoint
ALTER TABLE "drivers" ADD COLUMN "shift_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "drivers" ADD COLUMN "shift_ended_reason" "shift_end_reason";