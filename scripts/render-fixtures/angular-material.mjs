/* global process, console */
/**
 * A Mifos X–style savings deposit screen ("Deposit Money for Savings Account"), rendered on the
 * server by Angular's renderApplication with the real Angular Material components (mat-form-field,
 * mat-label, matInput, mat-select, the required marker). JIT-compiled, zoneless. Prints the page.
 */
import '@angular/compiler';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideServerRendering, renderApplication } from '@angular/platform-server';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';

const template = `
<mat-card class="savings-deposit">
  <mat-card-header>
    <mat-card-title>Deposit Money for Savings Account</mat-card-title>
  </mat-card-header>
  <mat-card-content>
    <div class="account-summary">
      <div class="row"><span class="label">Client Name:</span><span class="value">Ana Lopez</span></div>
      <div class="row"><span class="label">Account:</span><span class="value">000****4521</span></div>
      <div class="row"><span class="label">Product:</span><span class="value">Passbook Savings</span></div>
      <div class="row"><span class="label">Currency:</span><span class="value">USD</span></div>
    </div>
    <form [formGroup]="form">
      <mat-form-field appearance="outline">
        <mat-label>Transaction Date</mat-label>
        <input matInput formControlName="transactionDate" required>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Transaction Amount</mat-label>
        <input matInput type="number" formControlName="transactionAmount" required>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Payment Type</mat-label>
        <mat-select formControlName="paymentTypeId" required>
          @for (type of paymentTypes; track type.id) {
            <mat-option [value]="type.id">{{ type.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Note</mat-label>
        <textarea matInput formControlName="note"></textarea>
      </mat-form-field>
      <button mat-raised-button color="primary" type="submit">Submit</button>
    </form>
  </mat-card-content>
</mat-card>`;

class DepositComponent {
  paymentTypes = [
    { id: 1, name: 'Money Transfer' },
    { id: 2, name: 'Cash' },
    { id: 3, name: 'Check' },
  ];
  form = new FormGroup({
    transactionDate: new FormControl('01 December 2026', Validators.required),
    transactionAmount: new FormControl(250000, Validators.required),
    paymentTypeId: new FormControl(2, Validators.required),
    note: new FormControl('Client asked about term deposits'),
  });
}
Component({
  selector: 'mifosx-deposit',
  standalone: true,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatCardModule,
  ],
  template,
})(DepositComponent);

export async function renderAngularMaterial() {
  const bootstrap = (context) =>
    bootstrapApplication(
      DepositComponent,
      { providers: [provideServerRendering(), provideZonelessChangeDetection()] },
      context,
    );
  return renderApplication(bootstrap, {
    document:
      '<!doctype html><html lang="en"><head><title>Mifos X</title></head><body><mifosx-deposit></mifosx-deposit></body></html>',
    url: '/',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await renderAngularMaterial());
