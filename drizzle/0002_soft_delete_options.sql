ALTER TABLE "item_option_groups" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "item_options" ADD COLUMN "deleted_at" timestamp with time zone;