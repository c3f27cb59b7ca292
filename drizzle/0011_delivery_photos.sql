ALTER TYPE "public"."driver_document_kind" ADD VALUE 'delivery_photo';--> statement-breakpoint
ALTER TABLE "driver_assignments" ADD COLUMN "delivery_photo_id" uuid;--> statement-breakpoint
ALTER TABLE "driver_assignments" ADD CONSTRAINT "driver_assignments_delivery_photo_id_driver_documents_id_fk" FOREIGN KEY ("delivery_photo_id") REFERENCES "public"."driver_documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "driver_assignments_delivery_photo_id_key" ON "driver_assignments" USING btree ("delivery_photo_id");