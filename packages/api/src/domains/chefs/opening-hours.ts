// The rules live with the validators, so the customer app's slot picker applies the same ones.
export * from '@homechef/validators/opening-hours';
